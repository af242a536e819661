'use client';

import { useState, useSyncExternalStore, type RefObject } from 'react';
import type { ChartExportLabels, ChartExportMeta } from '@/components/charts/export-meta.ts';

const SURFACE = 'svg[data-chart-surface], .recharts-wrapper > svg.recharts-surface';

/**
 * "Chart as PNG / SVG" for the chart drawn inside `target`: the whole chart with its title, the
 * view in words, notes, source and address (components/charts/chart-export.ts, fetched on the
 * first click so it is not in the page's first-load JavaScript). The buttons stay disabled until
 * the chart is drawn.
 */
export function ChartDownloads({ target, meta, labels }: { target: RefObject<HTMLElement | null>; meta: ChartExportMeta; labels: ChartExportLabels }) {
  const [busy, setBusy] = useState(false);
  // Whether the chart surface is in the figure yet (false in the server render and until the chart's code has drawn).
  const drawn = useSyncExternalStore(
    (changed) => {
      const figure = target.current;
      if (!figure) return () => {};
      const observer = new MutationObserver(changed);
      observer.observe(figure, { childList: true, subtree: true });
      return () => observer.disconnect();
    },
    () => target.current?.querySelector(SURFACE) != null,
    () => false,
  );

  async function save(kind: 'png' | 'svg') {
    const figure = target.current;
    if (!figure) return;
    setBusy(true);
    try {
      const { downloadPng, downloadSvg } = await import('@/components/charts/chart-export.ts');
      if (kind === 'png') await downloadPng(figure, meta);
      else downloadSvg(figure, meta);
    } finally {
      setBusy(false);
    }
  }

  const button = 'rounded border border-line px-3 py-1 text-sm text-accent hover:bg-accent-soft disabled:cursor-wait disabled:opacity-50 disabled:hover:bg-transparent';
  return (
    <div className="flex gap-2">
      <button type="button" className={button} onClick={() => save('png')} disabled={!drawn || busy}>
        {labels.png}
      </button>
      <button type="button" className={button} onClick={() => save('svg')} disabled={!drawn || busy}>
        {labels.svg}
      </button>
    </div>
  );
}
