import { buildChinaMap, classify, colourScale, provinceSprite } from '../../lib/map/china-map';

export type ProvinceValue = { adcode: number; value: number | null; label: string };
export type CityPoint = { adcode: number; lon: number; lat: number; value: number; label: string };

export type ProvinceChoroplethProps = {
  values: ProvinceValue[];
  points?: CityPoint[];
  title: string;
  description: string;
  legendTitle: string;
  noDataLabel: string;
  /** BCP 47 locale for the legend's numbers. */
  locale?: string;
  steps?: number;
  /** Unique per page when several maps are shown; derived from the title otherwise. */
  id?: string;
  className?: string;
};

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 680;
/** Served by app/map/provinces.svg/route.ts. */
const SPRITE_PATH = '/map/provinces.svg';
const MAX_RADIUS = 16;
const HATCH_LINE = '#9ca3af';

function slug(text: string): string {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return `pc${h.toString(36)}`;
}

export function ProvinceChoropleth({
  values,
  points = [],
  title,
  description,
  legendTitle,
  noDataLabel,
  locale = 'en',
  steps = 5,
  id,
  className,
}: ProvinceChoroplethProps) {
  const base = id ?? slug(`${title}\u0000${description}`);
  const map = buildChinaMap({ width: MAP_WIDTH, height: MAP_HEIGHT });
  const sprite = `${SPRITE_PATH}?v=${provinceSprite(map).version}`;
  const byAdcode = new Map(values.map((v) => [v.adcode, v]));
  const present = values.flatMap((v) => (v.value == null || !Number.isFinite(v.value) ? [] : [v.value]));
  const scale = colourScale(present, steps);
  const hatch = `url(#${base}-nodata)`;
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  const legend = scale.colours.flatMap((colour, i) => {
    const members = present.filter((v) => classify(v, scale.breaks) === i);
    if (members.length === 0) return [];
    const lo = Math.min(...members);
    const hi = Math.max(...members);
    const text = lo === hi ? format.format(lo) : `${format.format(lo)}–${format.format(hi)}`;
    return [{ colour, text }];
  });

  const maxPoint = Math.max(0, ...points.map((p) => p.value));
  const circles = points
    .filter((p) => p.value > 0 && maxPoint > 0)
    .flatMap((p) => {
      const xy = map.project(p.lon, p.lat);
      return xy ? [{ ...p, x: xy[0], y: xy[1], r: Math.max(1.5, MAX_RADIUS * Math.sqrt(p.value / maxPoint)) }] : [];
    })
    .sort((a, b) => b.r - a.r);

  return (
    <figure className={className}>
      <svg
        viewBox={map.viewBox}
        className="w-full h-auto"
        role="img"
        aria-labelledby={`${base}-title ${base}-desc`}
      >
        <title id={`${base}-title`}>{title}</title>
        <desc id={`${base}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${base}-nodata`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={scale.noData} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={HATCH_LINE} strokeWidth="1.5" />
          </pattern>
        </defs>
        <g stroke="#ffffff" strokeWidth="0.6" strokeLinejoin="round">
          {map.provinces.map((p) => {
            const entry = byAdcode.get(p.adcode);
            const cls = classify(entry?.value, scale.breaks);
            return (
              <use key={p.adcode} href={`${sprite}#p${p.adcode}`} fill={cls < 0 ? hatch : scale.colours[cls]}>
                <title>{entry?.label ?? `${p.name}: ${noDataLabel}`}</title>
              </use>
            );
          })}
        </g>
        {circles.length > 0 && (
          <g fill="#d97706" fillOpacity="0.75" stroke="#7c2d12" strokeWidth="0.75">
            {circles.map((c) => (
              <circle key={c.adcode} cx={c.x} cy={c.y} r={Math.round(c.r * 10) / 10}>
                <title>{c.label}</title>
              </circle>
            ))}
          </g>
        )}
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="font-medium">{legendTitle}</span>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {legend.map((item) => (
            <li key={item.text} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 w-5 border border-gray-300" style={{ background: item.colour }} />
              {item.text}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 border border-gray-300"
              style={{
                background: `repeating-linear-gradient(45deg, ${scale.noData} 0 3px, ${HATCH_LINE} 3px 4.5px)`,
              }}
            />
            {noDataLabel}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
