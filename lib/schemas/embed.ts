/** The villages page's parameters its embed reads (the chart's view); the rest belong to its table. */
export const EMBED_CITY_PARAMS = ['year', 'province'] as const;
