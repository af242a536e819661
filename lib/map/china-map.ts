import { geoConicEqualArea, geoPath, type GeoContext } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import topoJson from '../../data/geo/china-provinces.topo.json';

type ProvinceProps = { adcode: number; name: string };
type ProvinceFeature = Feature<Geometry, ProvinceProps>;
type ChinaTopology = Topology<{ provinces: GeometryCollection<ProvinceProps> }>;

export type ProvinceShape = { adcode: number; name: string; d: string; bounds: [[number, number], [number, number]] };
export type ChinaMap = {
  width: number;
  height: number;
  viewBox: string;
  provinces: ProvinceShape[];
  project(lon: number, lat: number): [number, number] | null;
};

const topology = topoJson as unknown as ChinaTopology;
let provinceFeatures: FeatureCollection<Geometry, ProvinceProps> | undefined;
const cache = new Map<string, ChinaMap>();

const round1 = (n: number) => Math.round(n * 10) / 10;
const num = (n: number) => String(n).replace(/^(-?)0\./, '$1.');

/** d3 path context writing relative SVG commands on a 0.1-unit grid, without zero-length segments. */
class RelativePath implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  private pair(x: number, y: number): string | null {
    const ix = Math.round(x * 10);
    const iy = Math.round(y * 10);
    const dx = (ix - this.x) / 10;
    const dy = (iy - this.y) / 10;
    this.x = ix;
    this.y = iy;
    if (dx === 0 && dy === 0) return null;
    const fy = num(dy);
    return `${num(dx)}${fy.startsWith('-') ? '' : ' '}${fy}`;
  }
  moveTo(x: number, y: number) {
    this.out += `m${this.pair(x, y) ?? '0 0'}`;
    this.startX = this.x;
    this.startY = this.y;
  }
  lineTo(x: number, y: number) {
    const p = this.pair(x, y);
    if (p) this.out += p.startsWith('-') ? p : ` ${p}`;
  }
  closePath() {
    this.x = this.startX;
    this.y = this.startY;
    this.out += 'z';
  }
  beginPath() {}
  arc() {}
  take(): string {
    const d = this.out;
    this.out = '';
    this.x = this.y = 0;
    return d;
  }
}

export function buildChinaMap({ width, height, padding = 8 }: { width: number; height: number; padding?: number }): ChinaMap {
  const key = `${width}x${height}x${padding}`;
  const cached = cache.get(key);
  if (cached) return cached;

  provinceFeatures ??= feature(topology, topology.objects.provinces) as FeatureCollection<Geometry, ProvinceProps>;
  const projection = geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      provinceFeatures,
    );
  const context = new RelativePath();
  const path = geoPath(projection, context);
  const toD = (f: ProvinceFeature) => {
    path(f);
    return context.take();
  };

  const map: ChinaMap = {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    provinces: provinceFeatures.features.map((f) => ({
      adcode: f.properties.adcode,
      name: f.properties.name,
      d: toD(f),
      bounds: path.bounds(f).map((p) => [round1(p[0]), round1(p[1])]) as ProvinceShape['bounds'],
    })),
    project(lon, lat) {
      const p = projection([lon, lat]);
      return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [round1(p[0]), round1(p[1])] : null;
    },
  };
  cache.set(key, map);
  return map;
}

export const NO_DATA_COLOUR = '#e5e7eb';
const PALETTE = ['#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];
export const MAX_STEPS = PALETTE.length;

export type ColourScale = { breaks: number[]; colours: string[]; noData: string };

/**
 * Quantile classes whose lower bounds are data values: class i holds values v with
 * breaks[i - 1] <= v < breaks[i], so the minimum is always in class 0 and the maximum in the last.
 */
export function colourScale(values: number[], steps = 5): ColourScale {
  const k = Math.min(Math.max(Math.round(steps), 1), MAX_STEPS);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const breaks: number[] = [];
  for (let i = 1; i < k && sorted.length > 0; i++) {
    const b = sorted[Math.floor((i * sorted.length) / k)];
    if (b > sorted[0] && b !== breaks[breaks.length - 1]) breaks.push(b);
  }
  return { breaks, colours: palette(breaks.length + 1), noData: NO_DATA_COLOUR };
}

function palette(n: number): string[] {
  if (n === 1) return [PALETTE[2]];
  return Array.from({ length: n }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (n - 1))]);
}

/** Class index of `value`, or -1 for no data. */
export function classify(value: number | null | undefined, breaks: number[]): number {
  if (value == null || !Number.isFinite(value)) return -1;
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

export function colourFor(value: number | null | undefined, scale: ColourScale): string {
  const i = classify(value, scale.breaks);
  return i < 0 ? scale.noData : scale.colours[i];
}

const sprites = new Map<string, { svg: string; version: string }>();

/**
 * The province outlines of a map as one SVG document of <path id="p{adcode}"> elements without
 * fill or stroke, for `<use href="{url}#p{adcode}">`: the geometry (≈80 KB) is then fetched once and
 * cached by the browser instead of being repeated in every page's HTML and RSC payload.
 * `version` is a hash of the geometry, for a cache-busting query string.
 */
export function provinceSprite(map: ChinaMap): { svg: string; version: string } {
  const key = map.viewBox;
  const cached = sprites.get(key);
  if (cached) return cached;
  const paths = map.provinces.map((p) => `<path id="p${p.adcode}" d="${p.d}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}"><defs>${paths}</defs></svg>`;
  let h = 0x811c9dc5;
  for (let i = 0; i < svg.length; i++) h = Math.imul(h ^ svg.charCodeAt(i), 0x01000193) >>> 0;
  const sprite = { svg, version: h.toString(36) };
  sprites.set(key, sprite);
  return sprite;
}
