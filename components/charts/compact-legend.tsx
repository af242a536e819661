import type { LegendPayload } from 'recharts';

/**
 * The Recharts legend as a compact list: a swatch (hidden from screen readers) and the series name.
 * Recharts' own legend names each swatch "<series> legend icon", in English on every page.
 */
export function CompactLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-4 text-xs">
      {/* A series drawn for marks only (legendType "none", e.g. the models chart's "no level" labels) is no legend entry. */}
      {payload?.filter((entry) => entry.type !== 'none').map((entry) => (
        <li key={String(entry.value)} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: entry.color }} />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
