'use client';

import { useRef, type ReactNode } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import type { ChartExportLabels, ChartExportMeta } from '@/components/charts/export-meta.ts';

type Props = { children: ReactNode; label: string; meta: ChartExportMeta; labels: ChartExportLabels };

/**
 * The Download tab's chart image: the PNG / SVG buttons, then the chart (given without its own
 * buttons) drawn at EXPORT_CHART_WIDTH (export-width.ts) in a box that scrolls sideways on a narrower screen.
 */
export function ExportFrame({ children, label, meta, labels }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div className="space-y-2 rounded-lg border border-line p-3" data-testid="export-frame">
      <ChartDownloads target={ref} meta={meta} labels={labels} />
      <div className="overflow-x-auto" role="region" aria-label={label} tabIndex={0}>
        <div ref={ref} className="w-[720px]">
          {children}
        </div>
      </div>
    </div>
  );
}
