import { buildChinaMap, provinceSprite, type ChinaMap } from '../../lib/map/china-map';
import {
  BUBBLE_LEGEND_VALUES,
  bubbleRadius,
  MUTED_BOUND,
  MUTED_FILL,
  VILLAGE_CLASSES,
  villageClass,
} from '../../lib/map/village-classes';
import { MapReadout } from './map-readout.tsx';

export type ProvinceValue = { adcode: number; value: number | null; bound?: boolean; label: string };
export type CityPoint = { adcode: number; lon: number; lat: number; value: number; label: string };

export type ProvinceChoroplethLabels = {
  legendTitle: string;
  noData: string;
  classesFixed: string;
  bound: string;
  bubbles: string;
  filtered: string;
  hint: string;
  insetTitle: (scale: string) => string;
  classRange: (from: string, to: string) => string;
  classFrom: (from: string) => string;
};

export type ProvinceChoroplethProps = {
  values: ProvinceValue[];
  points?: CityPoint[];
  /** Provinces the reader chose; the others are drawn muted. Empty: none is muted. */
  chosen?: number[];
  title: string;
  description: string;
  labels: ProvinceChoroplethLabels;
  /** BCP 47 locale for the legend's numbers. */
  locale?: string;
  id: string;
  className?: string;
};

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 680;
/** Served by app/map/provinces.svg/route.ts. */
const SPRITE_PATH = '/map/provinces.svg';
const HATCH_LINE = '#9ca3af';
const NO_DATA = '#e5e7eb';
/** The closer view: the Yangtze delta to the Pearl River delta, where the city circles crowd. */
const EAST_BOX = { west: 112.5, east: 122.8, south: 21.6, north: 35.2 };
/** The closer view is drawn at this share of the figure's width (Tailwind w-1/2 below). */
const INSET_SHARE = 0.5;

type Circle = CityPoint & { x: number; y: number; r: number };

function eastBox(map: ChinaMap) {
  const corners = [
    [EAST_BOX.west, EAST_BOX.south],
    [EAST_BOX.east, EAST_BOX.south],
    [EAST_BOX.west, EAST_BOX.north],
    [EAST_BOX.east, EAST_BOX.north],
    [(EAST_BOX.west + EAST_BOX.east) / 2, EAST_BOX.north],
  ].flatMap(([lon, lat]) => {
    const xy = map.project(lon, lat);
    return xy ? [xy] : [];
  });
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/**
 * Server-rendered SVG map: provinces in fixed classes (the same in every year), chosen provinces in
 * colour and the others muted, lower bounds dotted, cities as circles sized by count, and a closer
 * view of eastern China. Every province and circle of the main map is focusable and named with its
 * figure; <title>s give the same text on hover without JavaScript, MapReadout a visible label with it.
 */
export function ProvinceChoropleth({ values, points = [], chosen = [], title, description, labels: l, locale = 'en', id: base, className }: ProvinceChoroplethProps) {
  const map = buildChinaMap({ width: MAP_WIDTH, height: MAP_HEIGHT });
  const sprite = `${SPRITE_PATH}?v=${provinceSprite(map).version}`;
  const byAdcode = new Map(values.map((v) => [v.adcode, v]));
  const chosenSet = new Set(chosen);
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const hatch = `url(#${base}-nodata)`;
  const dots = `url(#${base}-bound)`;

  const regions = map.provinces.map((p) => {
    const entry = byAdcode.get(p.adcode);
    const cls = villageClass(entry?.value);
    const muted = chosenSet.size > 0 && !chosenSet.has(p.adcode);
    const fill = cls === null ? hatch : muted ? MUTED_FILL : cls.colour;
    return { adcode: p.adcode, label: entry?.label ?? (locale.startsWith('zh') ? `${p.name}：${l.noData}` : `${p.name}: ${l.noData}`), fill, bound: cls !== null && !!entry?.bound, muted };
  });
  const circles: Circle[] = points
    .filter((p) => p.value > 0)
    .flatMap((p) => {
      const xy = map.project(p.lon, p.lat);
      return xy ? [{ ...p, x: xy[0], y: xy[1], r: bubbleRadius(p.value) }] : [];
    })
    .sort((a, b) => b.r - a.r);
  const shownClasses = VILLAGE_CLASSES.map((c) => ({
    ...c,
    text: c.to === null ? l.classFrom(format.format(c.from)) : l.classRange(format.format(c.from), format.format(c.to)),
  }));
  const box = eastBox(map);
  const zoom = (MAP_WIDTH * INSET_SHARE) / box.w;
  const round = (n: number) => Math.round(n * 10) / 10;

  const defs = (
    <defs>
      <pattern id={`${base}-nodata`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={NO_DATA} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH_LINE} strokeWidth="1.5" />
      </pattern>
      <pattern id={`${base}-bound`} width="5" height="5" patternUnits="userSpaceOnUse">
        <circle cx="2.5" cy="2.5" r="1.1" fill="#ffffff" />
      </pattern>
    </defs>
  );
  // Province shapes and circles; `focusable` only in the main map (the closer view repeats them, for
  // the pointer: its labels come from MapReadout, the main map's <title>s serve without JavaScript).
  const shapes = (focusable: boolean, scale: number) => (
    <>
      <g stroke="#ffffff" strokeWidth={round(0.6 / scale) || 0.1} strokeLinejoin="round">
        {regions.map((r) => (
          <g
            key={r.adcode}
            className="map-region"
            data-adcode={r.adcode}
            data-muted={r.muted ? 'true' : undefined}
            // The name (focusable main map) or the readout's text (closer view), written once each.
            {...(focusable ? { tabIndex: 0, role: 'img', 'aria-label': r.label } : { 'data-label': r.label })}
          >
            {focusable ? <title>{r.label}</title> : null}
            <use href={`${sprite}#p${r.adcode}`} fill={r.fill} />
            {r.bound ? <use href={`${sprite}#p${r.adcode}`} fill={r.muted ? MUTED_BOUND : dots} stroke="none" data-bound="true" /> : null}
          </g>
        ))}
      </g>
      {circles.length > 0 && (
        <g fill="#d97706" fillOpacity="0.75" stroke="#7c2d12" strokeWidth={round(0.75 / scale) || 0.1}>
          {circles.map((c) => (
            <circle
              key={c.adcode}
              className="map-region"
              cx={c.x}
              cy={c.y}
              r={round(c.r / scale)}
              data-point={c.adcode}
              {...(focusable ? { tabIndex: 0, role: 'img', 'aria-label': c.label } : { 'data-label': c.label })}
            >
              {focusable ? <title>{c.label}</title> : null}
            </circle>
          ))}
        </g>
      )}
    </>
  );

  const legendHeight = Math.ceil(bubbleRadius(Math.max(...BUBBLE_LEGEND_VALUES)) * 2 + 4);
  // Circles left to right, each followed by room for its number.
  const legendBubbles = BUBBLE_LEGEND_VALUES.reduce<{ value: number; r: number; x: number }[]>((acc, value) => {
    const r = bubbleRadius(value);
    const prev = acc.at(-1);
    return [...acc, { value, r, x: (prev ? prev.x + prev.r + 90 : 2) + r }];
  }, []);
  return (
    <figure className={`relative ${className ?? ''}`} id={base} data-testid="villages-map">
      <svg viewBox={map.viewBox} className="h-auto w-full" role="group" aria-labelledby={`${base}-title ${base}-desc`} data-testid="map-main">
        <title id={`${base}-title`}>{title}</title>
        <desc id={`${base}-desc`}>{description}</desc>
        {defs}
        {shapes(true, 1)}
        <rect x={round(box.x)} y={round(box.y)} width={round(box.w)} height={round(box.h)} fill="none" stroke="#475569" strokeWidth="1" strokeDasharray="4 3" aria-hidden="true" />
      </svg>
      <MapReadout figureId={base} />
      <figcaption className="mt-2 space-y-2 text-sm">
        <p className="text-muted">{l.hint}</p>
        {chosenSet.size ? <p data-testid="map-filtered">{l.filtered}</p> : null}
        <div>
          <span className="font-medium">{l.legendTitle}</span> <span className="text-muted">{locale.startsWith('zh') ? `（${l.classesFixed}）` : `(${l.classesFixed})`}</span>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" data-testid="map-legend">
            {shownClasses.map((c) => (
              <li key={c.index} className="flex items-center gap-1.5" data-colour={c.colour}>
                <span aria-hidden="true" className="inline-block h-3 w-5 border border-gray-300" style={{ background: c.colour }} />
                {c.text}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-3 w-5 border border-gray-300"
                style={{ background: `repeating-linear-gradient(45deg, ${NO_DATA} 0 3px, ${HATCH_LINE} 3px 4.5px)` }}
              />
              {l.noData}
            </li>
            {regions.some((r) => r.bound) ? (
              <li className="flex items-center gap-1.5" data-testid="map-legend-bound">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-5 border border-gray-300"
                  style={{ background: `radial-gradient(circle, #ffffff 0 1.2px, transparent 1.4px) 0 0 / 5px 5px, ${VILLAGE_CLASSES.at(-1)!.colour}` }}
                />
                {l.bound}
              </li>
            ) : null}
          </ul>
        </div>
        {circles.length ? (
          <div data-testid="map-bubble-legend">
            <span className="font-medium">{l.bubbles}</span>
            {/* A strip as wide as the map, in its units: the circles are the map's circles at every screen width. */}
            <div className="relative w-full">
              <svg viewBox={`0 0 ${MAP_WIDTH} ${legendHeight}`} className="h-auto w-full" aria-hidden="true">
                {legendBubbles.map((b) => (
                  <circle key={b.value} cx={b.x} cy={legendHeight - b.r - 1} r={round(b.r)} fill="#d97706" fillOpacity="0.75" stroke="#7c2d12" strokeWidth="0.75" />
                ))}
              </svg>
              <ul>
                {legendBubbles.map((b) => (
                  <li key={b.value} className="tabular absolute bottom-0 text-xs" style={{ left: `${((b.x + b.r + 3) / MAP_WIDTH) * 100}%` }}>
                    {format.format(b.value)}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </figcaption>
      {/* Repeats the main map's shapes (not focusable there: the main map has them once for the keyboard). */}
      <p id={`${base}-inset-title`} className="mx-auto mt-3 w-1/2 text-sm font-medium" data-testid="map-inset-title">
        {l.insetTitle(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(zoom))}
      </p>
      <svg
        viewBox={`${round(box.x)} ${round(box.y)} ${round(box.w)} ${round(box.h)}`}
        className="mx-auto mt-1 block h-auto w-1/2 border border-slate-400"
        role="img"
        aria-labelledby={`${base}-inset-title`}
        data-testid="map-inset"
      >
        {shapes(false, zoom)}
      </svg>
    </figure>
  );
}
