import type { SeriesGroup } from '@/lib/schemas/series-url.ts';

/** The time-series sections: which series groups each page shows and which series it opens on. */
export const SERIES_SECTIONS = {
  users: {
    groups: ['internet-users'] as SeriesGroup[],
    defaults: ['cnnic-internet-users', 'cnnic-mobile-internet-users', 'cnnic-online-shoppers'],
  },
  transactions: {
    groups: ['transactions', 'cross-border', 'investment'] as SeriesGroup[],
    defaults: ['nbs-ecommerce-transaction-volume', 'nbs-online-retail-sales', 'nbs-physical-goods-online-retail-sales'],
  },
} as const;

export type SeriesSection = keyof typeof SERIES_SECTIONS;
export const isSeriesSection = (s: string): s is SeriesSection => s in SERIES_SECTIONS;
