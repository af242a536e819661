import type { Locale } from '@/i18n/routing.ts';
import type { ConstructId } from '@/lib/schemas/case-study-files.ts';
import type { PathEdge } from '@/lib/views/clusters/yongkang-page.ts';

/*
 * The structural model as a hand-laid-out, server-rendered SVG: F1–F3 on the left, M above the
 * middle, Y on the right; one arrow per path of Table 4, labelled with its standardised estimate
 * and significance mark. Not a copy of the paper's Figure 2 (not in the extracted text).
 */

const W = 770;
const H = 484;
const BOX_W = 200;
const BOX_H = 88;

const BOXES: Record<ConstructId, { x: number; y: number }> = {
  F1: { x: 20, y: 16 },
  F2: { x: 20, y: 198 },
  F3: { x: 20, y: 380 },
  M: { x: 310, y: 100 },
  Y: { x: 550, y: 198 },
};

type Geometry = { d: string; label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } };

// Each arrow by hand: start and end on the box edges, label placed clear of the other arrows.
const GEOMETRY: Record<string, Geometry> = {
  'F1→M': { d: 'M220,74 L307,124', label: { x: 262, y: 88, anchor: 'start' } },
  'F2→M': { d: 'M220,226 L307,176', label: { x: 232, y: 168, anchor: 'start' } },
  'F3→M': { d: 'M160,380 L372,191', label: { x: 252, y: 322, anchor: 'start' } },
  'M→Y': { d: 'M510,166 L618,195', label: { x: 568, y: 166, anchor: 'start' } },
  'F1→Y': { d: 'M220,36 Q670,18 682,195', label: { x: 560, y: 52, anchor: 'middle' } },
  'F2→Y': { d: 'M220,250 L547,250', label: { x: 440, y: 242, anchor: 'middle' } },
  'F3→Y': { d: 'M220,432 L618,289', label: { x: 452, y: 382, anchor: 'start' } },
};

/** Splits a name into lines of at most `max` characters (English, by words) or `maxZh` (Chinese, by characters). */
export function wrap(text: string, locale: Locale, max = 27, maxZh = 11): string[] {
  if (locale === 'zh') {
    const max = maxZh;
    const lines: string[] = [];
    for (let i = 0; i < text.length; i += max) lines.push(text.slice(i, i + max));
    return lines;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export type PathDiagramProps = {
  edges: PathEdge[];
  names: Record<ConstructId, string>;
  locale: Locale;
  title: string;
  description: string;
  /** Formats an estimate per locale. */
  format: (x: number) => string;
};

/** The wide layout (≥ 640 px); below that path-diagram-phone.tsx draws the same paths stacked, named by this one's title and description. */
export function PathDiagram({ edges, names, locale, title, description, format }: PathDiagramProps) {
  const halo = { paintOrder: 'stroke' as const, stroke: '#fff', strokeWidth: 5, strokeLinejoin: 'round' as const };
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby="yk-diagram-title yk-diagram-desc"
      className="hidden h-auto w-full min-w-[34rem] max-w-3xl sm:block"
      data-testid="path-diagram"
      fontFamily="system-ui, 'Noto Sans CJK SC', sans-serif"
    >
      <title id="yk-diagram-title">{title}</title>
      <desc id="yk-diagram-desc">{description}</desc>
      <defs>
        <marker id="yk-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#1f2933" />
        </marker>
        <marker id="yk-arrow-ns" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#7b8794" />
        </marker>
      </defs>
      <rect width={W} height={H} fill="#fff" />
      {(Object.keys(BOXES) as ConstructId[]).map((id) => {
        const b = BOXES[id];
        const lines = wrap(names[id], locale);
        const top = b.y + BOX_H / 2 - ((lines.length + 1) * 16) / 2 + 12;
        return (
          <g key={id} data-node={id}>
            <rect x={b.x} y={b.y} width={BOX_W} height={BOX_H} rx="8" fill={id === 'M' ? '#fff7e6' : id === 'Y' ? '#e6f0fa' : '#f5f7fa'} stroke="#52606d" strokeWidth="1.5" />
            <text x={b.x + BOX_W / 2} y={top} textAnchor="middle" fontSize="16" fontWeight="700" fill="#1f2933">
              {id}
            </text>
            {lines.map((line, i) => (
              <text key={i} x={b.x + BOX_W / 2} y={top + 17 * (i + 1)} textAnchor="middle" fontSize="13" fill="#1f2933">
                {line}
              </text>
            ))}
          </g>
        );
      })}
      {edges.map((e) => {
        const key = `${e.from}→${e.to}`;
        const g = GEOMETRY[key];
        if (!g) return null;
        return (
          <g key={key} data-path={key} data-estimate={e.estimate} data-stars={e.stars}>
            <path
              d={g.d}
              fill="none"
              stroke={e.significant ? '#1f2933' : '#7b8794'}
              strokeWidth={e.significant ? 2 : 1.6}
              strokeDasharray={e.significant ? undefined : '7 5'}
              markerEnd={`url(#${e.significant ? 'yk-arrow' : 'yk-arrow-ns'})`}
            />
            <text x={g.label.x} y={g.label.y} textAnchor={g.label.anchor} fontSize="16" fontWeight="700" fill={e.significant ? '#0b5cad' : '#52606d'} {...halo}>
              {format(e.estimate)}
              {e.stars}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
