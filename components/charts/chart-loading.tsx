'use client';

import { createContext, use, useSyncExternalStore } from 'react';

/** What a chart's box says while its code loads (`live`) and, with JavaScript off, why there is no chart (`noScript`). */
export type ChartLoadingText = { live: string; noScript: string };

/** The placeholder's text, set by the chart's frame. */
export const ChartLoadingLabel = createContext<ChartLoadingText>({ live: '', noScript: '' });

const noSubscription = () => () => {};

/**
 * What a chart's box shows until its code (Recharts, a chunk of its own) has arrived: it fills the
 * box the frame has already sized, so nothing moves when the chart replaces it, and says what is
 * happening. The chart's title, summary and the table next to it do not wait for it.
 *
 * The server's HTML has an empty status region and, in a <noscript>, the text for readers without
 * JavaScript (the chart never comes; the table has the figures). The loading text appears once
 * the page has hydrated, i.e. when the chart's code is actually on its way.
 */
export function ChartLoading() {
  const text = use(ChartLoadingLabel);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <div className="flex h-full items-center justify-center rounded border border-dashed border-line px-4 text-center text-sm text-muted">
      <noscript>{text.noScript}</noscript>
      <span role="status">{hydrated ? text.live : ''}</span>
    </div>
  );
}
