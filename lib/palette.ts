/**
 * Every colour the charts draw with, in one place (client-safe: no imports).
 *
 * A series' colour is keyed by its id, never by its position in the selection, so a line keeps its
 * colour when another series is added or removed. The series of one group (one chart) get distinct
 * colours as far as the twelve hues go; a series the table does not name (a new import) gets a hue
 * from a hash of its id, the same on every page and in every export.
 */

/** Twelve hues that stay apart on white and for the common colour-vision deficiencies (after Tableau 10 and Okabe–Ito), dark enough for 3:1 against white. */
export const SERIES_HUES = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed', '#be123c', '#0e7490', '#a16207', '#4d7c0f', '#9d174d', '#1e3a8a', '#b45309', '#475569'] as const;

/** Ink and surfaces of a chart (text, muted text, grid, axis lines, the export's background). */
export const CHART_INK = { text: '#1f2933', muted: '#52606d', grid: '#d9e2ec', axis: '#9aa5b1', background: '#ffffff', focus: '#0b5cad' } as const;

/** A definition break or a warning drawn on a chart (dashed rule and its label). */
export const CHART_WARN = { line: '#b45309', text: '#92400e' } as const;

/** The one colour of a single-series bar chart (villages per city, respondent shares). */
export const BAR_FILL = SERIES_HUES[0];
/** The one bar a chart is about (Wenzhou among the cities of the Wenzhou paper's Figure 1). */
export const BAR_HIGHLIGHT = SERIES_HUES[1];

/** Taobao villages (bars) and towns (line) on the national chart. */
export const NATIONAL_COLOURS = { villages: SERIES_HUES[0], towns: SERIES_HUES[1] } as const;

/** The four business models on the requirement chart (B2B grey, as in the papers' figures). */
export const MODEL_COLOURS: Record<string, string> = { B2B: SERIES_HUES[11], B2C: SERIES_HUES[0], C2C: SERIES_HUES[10], O2O: SERIES_HUES[2] };

// One entry per catalogued series (data/series/catalogue.json and the derived shares); within a
// group the hues differ (the transactions group has more series than hues: the ones that repeat are
// never among its defaults together).
const BY_SERIES: Record<string, string> = {
  // internet users
  'cnnic-internet-users': SERIES_HUES[0],
  'cnnic-mobile-internet-users': SERIES_HUES[1],
  'cnnic-online-shoppers': SERIES_HUES[2],
  'cnnic-rural-internet-users': SERIES_HUES[3],
  'cnnic-internet-penetration': SERIES_HUES[4],
  'cnnic-online-shopping-rate': SERIES_HUES[5],
  'cnnic-rural-share-of-internet-users': SERIES_HUES[6],
  'cnnic-rural-penetration': SERIES_HUES[7],
  'cnnic-urban-penetration': SERIES_HUES[8],
  'derived-mobile-share-of-users': SERIES_HUES[9],
  'derived-shoppers-share-of-users': SERIES_HUES[10],
  // transactions
  'nbs-ecommerce-transaction-volume': SERIES_HUES[0],
  'nbs-online-retail-sales': SERIES_HUES[1],
  'nbs-physical-goods-online-retail-sales': SERIES_HUES[2],
  '100ec-ecommerce-transaction-volume': SERIES_HUES[3],
  '100ec-b2b-transaction-volume': SERIES_HUES[4],
  '100ec-online-retail': SERIES_HUES[5],
  'iresearch-ecommerce-transaction-volume': SERIES_HUES[6],
  'summit-data-ecommerce-transaction-volume': SERIES_HUES[7],
  'cnnic-online-shopping-market': SERIES_HUES[8],
  'miit-ecommerce-transaction-volume': SERIES_HUES[9],
  'miit-online-retail': SERIES_HUES[10],
  'saic-ecommerce-transaction-volume': SERIES_HUES[11],
  'saic-online-retail': SERIES_HUES[4],
  'isc-ecommerce-transaction-volume': SERIES_HUES[5],
  'isc-online-retail': SERIES_HUES[6],
  'cacs-ecommerce-service-revenue': SERIES_HUES[7],
  'cnnic-rural-online-retail-sales': SERIES_HUES[8],
  'cnnic-agricultural-online-retail-sales': SERIES_HUES[9],
  // MOFCOM's rural and agricultural online retail (2025 releases): the hues of CNNIC's figures for
  // the same things would confuse, so the next free ones.
  'mofcom-rural-online-retail-sales': SERIES_HUES[10],
  'mofcom-agricultural-online-retail-sales': SERIES_HUES[11],
  'mofcom-rural-online-retail-sales-yoy': SERIES_HUES[0],
  'mofcom-agricultural-online-retail-sales-yoy': SERIES_HUES[1],
  'nbs-ecommerce-transaction-volume-yoy': SERIES_HUES[3],
  'nbs-online-retail-sales-yoy': SERIES_HUES[4],
  'nbs-physical-goods-online-retail-sales-yoy': SERIES_HUES[5],
  'nbs-physical-goods-share-of-retail': SERIES_HUES[6],
  'cac-online-retail-share-of-retail': SERIES_HUES[7],
  // cross-border (each estimate has a chart of its own; the hues still differ where they can)
  '100ec-cross-border-transaction-scale': SERIES_HUES[0],
  '100ec-cross-border-transaction-scale-yoy': SERIES_HUES[1],
  '100ec-cross-border-share-of-goods-trade': SERIES_HUES[2],
  '100ec-cross-border-import-scale': SERIES_HUES[3],
  'gacc-cross-border-ecommerce-trade': SERIES_HUES[4],
  'gacc-cross-border-ecommerce-trade-yoy': SERIES_HUES[5],
  'gacc-cross-border-ecommerce-exports': SERIES_HUES[6],
  'gacc-cross-border-ecommerce-imports': SERIES_HUES[7],
  'gacc-cross-border-ecommerce-retail-platform': SERIES_HUES[8],
  'gacc-cross-border-ecommerce-retail-platform-yoy': SERIES_HUES[9],
  'gacc-cross-border-ecommerce-retail-platform-exports': SERIES_HUES[10],
  'gacc-cross-border-ecommerce-retail-platform-imports': SERIES_HUES[11],
  'cbec-dev-report-cross-border-scale': SERIES_HUES[1],
  'iimedia-cross-border-transaction-scale': SERIES_HUES[2],
  'cac-cross-border-online-retail': SERIES_HUES[3],
  // investment
  'nbs-fixed-asset-investment': SERIES_HUES[0],
  'nbs-fixed-asset-investment-excl-rural-households': SERIES_HUES[1],
  'nbs-fixed-asset-investment-revised': SERIES_HUES[2],
};

/** FNV-1a: a stable hash, so an unlisted id gets the same hue everywhere. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The colour of a series, by its id alone. */
export function seriesColour(id: string): string {
  return BY_SERIES[id] ?? SERIES_HUES[hash(id) % SERIES_HUES.length];
}

/** The ids the table names (for the test that every catalogued series has a colour of its own). */
export const listedSeriesIds = (): string[] => Object.keys(BY_SERIES);
