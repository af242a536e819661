/**
 * A small line of a yearly series for the home page's headline cards, drawn on the server (no
 * JavaScript). Gaps break the line; the latest point is marked; the first and last years label the
 * axis. The figure itself is written beside it, so the line is decoration with a text alternative.
 */
export type SparkPoint = { year: number; value: number | null };

const W = 240;
const H = 64;
const PAD = { top: 6, right: 8, bottom: 16, left: 4 };

export function Sparkline({ points, label }: { points: SparkPoint[]; label: string }) {
  const drawn = points.filter((p): p is { year: number; value: number } => p.value !== null);
  if (drawn.length < 2) return null;
  const years = points.map((p) => p.year);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const max = Math.max(...drawn.map((p) => p.value));
  const x = (year: number) => PAD.left + ((year - y0) / Math.max(1, y1 - y0)) * (W - PAD.left - PAD.right);
  // From zero, so the line's height is the figure's size, not a zoomed-in wiggle.
  const y = (value: number) => PAD.top + (1 - value / max) * (H - PAD.top - PAD.bottom);
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of points) {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`);
  }
  if (current.length) segments.push(current.join(' '));
  const last = drawn[drawn.length - 1];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label} className="h-16 w-full max-w-60">
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#d9e2ec" />
      {segments.map((s) =>
        s.includes(' ') ? <polyline key={s} points={s} fill="none" stroke="#0b5cad" strokeWidth={2} strokeLinejoin="round" /> : <circle key={s} cx={s.split(',')[0]} cy={s.split(',')[1]} r={1.8} fill="#0b5cad" />,
      )}
      <circle cx={x(last.year)} cy={y(last.value)} r={3.5} fill="#0b5cad" />
      <text x={PAD.left} y={H - 3} fontSize={10} fill="#52606d">
        {y0}
      </text>
      <text x={W - PAD.right} y={H - 3} fontSize={10} fill="#52606d" textAnchor="end">
        {y1}
      </text>
    </svg>
  );
}
