import type { SeriesGroup } from '@/lib/schemas/series-url.ts';

/** The time-series sections: which series groups each page shows and which series it opens on. */
export const SERIES_SECTIONS = {
  users: {
    groups: ['internet-users'] as SeriesGroup[],
    defaults: ['cnnic-internet-users', 'cnnic-mobile-internet-users', 'cnnic-online-shoppers'],
    /** Shown at the top whatever series are selected: the papers' claims set against the official figures. */
    pinnedNotes: ['ser-seed000-internet-users-2018', 'ser-seed000-online-shopping'],
  },
  transactions: {
    groups: ['transactions', 'cross-border', 'investment'] as SeriesGroup[],
    defaults: ['nbs-ecommerce-transaction-volume', 'nbs-online-retail-sales', 'nbs-physical-goods-online-retail-sales'],
    pinnedNotes: ['ser-seed003-cross-border-2020', 'ser-seed000-figure5-not-public'],
  },
} as const;

export type SeriesSection = keyof typeof SERIES_SECTIONS;
export const isSeriesSection = (s: string): s is SeriesSection => s in SERIES_SECTIONS;
