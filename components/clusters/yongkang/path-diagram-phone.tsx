import type { ConstructId } from '@/lib/schemas/case-study-files.ts';
import { wrap, type PathDiagramProps } from './path-diagram.tsx';

/*
 * The path diagram below 640 px: the same constructs and paths as path-diagram.tsx, stacked so the
 * whole figure fits a 375-px screen at ≥ 11-px text (drawn ~1:1 in a 340-unit viewBox): F1–F3 in a
 * row at the top, M under F2–F3, Y across the bottom; each coefficient sits on its arrow with a white
 * halo. Shown by CSS alone (`sm:hidden`, the wide one `hidden sm:block`), so it works without JS and
 * only one of the two is ever in the accessibility tree; it takes its name and description from the
 * wide diagram's <title> and <desc> (aria-labelledby reads them even while that one is hidden).
 */

const W = 340;
const H = 404;
const F_W = 106;
const F_H = 84;
const M_BOX = { x: 140, y: 160, w: 156, h: 84 };
const Y_BOX = { x: 0, y: 330, w: W, h: 72 };

const BOXES: Record<ConstructId, { x: number; y: number; w: number; h: number; max: number; maxZh: number }> = {
  F1: { x: 0, y: 0, w: F_W, h: F_H, max: 14, maxZh: 7 },
  F2: { x: 117, y: 0, w: F_W, h: F_H, max: 14, maxZh: 7 },
  F3: { x: 234, y: 0, w: F_W, h: F_H, max: 14, maxZh: 7 },
  M: { ...M_BOX, max: 22, maxZh: 10 },
  Y: { ...Y_BOX, max: 50, maxZh: 24 },
};

/** Each arrow by hand (box edge to box edge) and where its coefficient sits on it. */
const GEOMETRY: Record<string, { d: string; label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } }> = {
  'F1→M': { d: 'M84,84 L147,155', label: { x: 98, y: 104, anchor: 'middle' } },
  'F2→M': { d: 'M190,84 L190,156', label: { x: 190, y: 122, anchor: 'middle' } },
  'F3→M': { d: 'M262,84 L262,156', label: { x: 262, y: 122, anchor: 'middle' } },
  'M→Y': { d: 'M218,244 L218,326', label: { x: 218, y: 290, anchor: 'middle' } },
  'F1→Y': { d: 'M24,84 L24,326', label: { x: 4, y: 290, anchor: 'start' } },
  'F2→Y': { d: 'M128,84 L128,326', label: { x: 128, y: 290, anchor: 'middle' } },
  'F3→Y': { d: 'M318,84 L318,326', label: { x: 338, y: 290, anchor: 'end' } },
};

const NAME_FONT = 12;
const LABEL_FONT = 13;

export function PathDiagramPhone({ edges, names, locale, format }: Omit<PathDiagramProps, 'title' | 'description'>) {
  const halo = { paintOrder: 'stroke' as const, stroke: '#fff', strokeWidth: 5, strokeLinejoin: 'round' as const };
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby="yk-diagram-title yk-diagram-desc"
      className="h-auto w-full sm:hidden"
      data-testid="path-diagram-phone"
      fontFamily="system-ui, 'Noto Sans CJK SC', sans-serif"
    >
      <defs>
        <marker id="yk-arrow-phone" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#1f2933" />
        </marker>
        <marker id="yk-arrow-phone-ns" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#7b8794" />
        </marker>
      </defs>
      <rect width={W} height={H} fill="#fff" />
      {(Object.keys(BOXES) as ConstructId[]).map((id) => {
        const b = BOXES[id];
        const lines = wrap(names[id], locale, b.max, b.maxZh);
        const top = b.y + b.h / 2 - ((lines.length + 1) * 15) / 2 + 11;
        return (
          <g key={id} data-node={id}>
            <rect x={b.x + 0.75} y={b.y + 0.75} width={b.w - 1.5} height={b.h - 1.5} rx="8" fill={id === 'M' ? '#fff7e6' : id === 'Y' ? '#e6f0fa' : '#f5f7fa'} stroke="#52606d" strokeWidth="1.5" />
            <text x={b.x + b.w / 2} y={top} textAnchor="middle" fontSize="14" fontWeight="700" fill="#1f2933">
              {id}
            </text>
            {lines.map((line, i) => (
              <text key={i} x={b.x + b.w / 2} y={top + 15 * (i + 1)} textAnchor="middle" fontSize={NAME_FONT} fill="#1f2933">
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
          <g key={key} data-path={key}>
            <path
              d={g.d}
              fill="none"
              stroke={e.significant ? '#1f2933' : '#7b8794'}
              strokeWidth={e.significant ? 2 : 1.6}
              strokeDasharray={e.significant ? undefined : '7 5'}
              markerEnd={`url(#${e.significant ? 'yk-arrow-phone' : 'yk-arrow-phone-ns'})`}
            />
            <text x={g.label.x} y={g.label.y} textAnchor={g.label.anchor} dominantBaseline="central" fontSize={LABEL_FONT} fontWeight="700" fill={e.significant ? '#0b5cad' : '#52606d'} {...halo}>
              {format(e.estimate)}
              {e.stars}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
