'use client';

import { createContext, use } from 'react';

/** The status text of a chart whose library is still loading, set by the chart's frame. */
export const ChartLoadingLabel = createContext('');

/**
 * What a chart's box shows until its code (Recharts, a chunk of its own) has arrived: it fills the
 * box the frame has already sized, so nothing moves when the chart replaces it, and says what is
 * happening. The chart's title, summary and the table next to it do not wait for it.
 */
export function ChartLoading() {
  const label = use(ChartLoadingLabel);
  return (
    <div role="status" className="flex h-full items-center justify-center rounded border border-dashed border-line text-sm text-muted">
      {label}
    </div>
  );
}
