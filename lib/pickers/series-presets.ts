// The named views of the time-series pages and the groups of their series pickers (client-safe data;
// the seed checks every id against data/series/catalogue.json: lib/data/load-data-files.ts).

import type { SeriesGroup } from '@/lib/schemas/series-url.ts';

export type SeriesPreset = { id: string; nameEn: string; nameZh: string; series: string[] };

/** Three to five ready-made comparisons per page; each is a set of existing series ids. */
export const SERIES_PRESETS: Record<'users' | 'transactions', SeriesPreset[]> = {
  users: [
    { id: 'users-shoppers', nameEn: 'Internet users and online shoppers', nameZh: '网民与网络购物用户', series: ['cnnic-internet-users', 'cnnic-online-shoppers'] },
    { id: 'mobile', nameEn: 'All and mobile internet users', nameZh: '网民与手机网民', series: ['cnnic-internet-users', 'cnnic-mobile-internet-users'] },
    { id: 'penetration', nameEn: 'Internet penetration: national, urban, rural', nameZh: '互联网普及率：全国、城镇、农村', series: ['cnnic-internet-penetration', 'cnnic-urban-penetration', 'cnnic-rural-penetration'] },
    { id: 'rural', nameEn: 'Rural internet users and their share', nameZh: '农村网民规模及占比', series: ['cnnic-rural-internet-users', 'cnnic-rural-share-of-internet-users'] },
  ],
  transactions: [
    {
      id: 'official-vs-estimates',
      nameEn: 'Official vs industry estimates of e-commerce volume',
      nameZh: '电子商务交易额：官方统计与行业估计',
      series: ['nbs-ecommerce-transaction-volume', '100ec-ecommerce-transaction-volume', 'iresearch-ecommerce-transaction-volume', 'miit-ecommerce-transaction-volume'],
    },
    { id: 'online-retail', nameEn: 'Online retail: NBS vs other figures', nameZh: '网上零售额：国家统计局与其他数据', series: ['nbs-online-retail-sales', '100ec-online-retail', 'miit-online-retail', 'saic-online-retail'] },
    {
      id: 'cross-border',
      nameEn: 'Cross-border: customs vs 100EC',
      nameZh: '跨境电商：海关统计与网经社',
      series: ['gacc-cross-border-ecommerce-trade', 'gacc-cross-border-ecommerce-retail-platform', '100ec-cross-border-transaction-scale'],
    },
    { id: 'rural', nameEn: 'Rural and agricultural online retail', nameZh: '农村与农产品网络零售', series: ['mofcom-rural-online-retail-sales', 'mofcom-agricultural-online-retail-sales'] },
    {
      id: 'investment',
      nameEn: 'Fixed-asset investment: as published vs revised',
      nameZh: '固定资产投资：初始公布与修订数据',
      series: ['nbs-fixed-asset-investment', 'nbs-fixed-asset-investment-revised', 'nbs-fixed-asset-investment-excl-rural-households'],
    },
  ],
};

export const PICKER_GROUPS = ['internet-users', 'official', 'estimates', 'cross-border', 'investment'] as const;
export type PickerGroup = (typeof PICKER_GROUPS)[number];

/** The picker's group of a series, from the catalogue's own fields: its group, and for the transactions whether it is official. */
export function pickerGroup(series: { group: string; official: boolean }): PickerGroup {
  if (series.group === 'transactions') return series.official ? 'official' : 'estimates';
  return series.group as Exclude<SeriesGroup, 'transactions'>;
}

/** Is this view exactly a preset's series (in any order)? */
export const isPresetView = (preset: SeriesPreset, series: string[]) => preset.series.length === series.length && preset.series.every((id) => series.includes(id));

/** Preset problems against a catalogue: unknown ids, or ids outside the page's groups. The seed fails on any. */
export function presetProblems(catalogue: { id: string; group: string }[], sections: Record<'users' | 'transactions', { groups: readonly string[] }>): string[] {
  const groupOf = new Map(catalogue.map((s) => [s.id, s.group]));
  return (Object.keys(SERIES_PRESETS) as ('users' | 'transactions')[]).flatMap((page) =>
    SERIES_PRESETS[page].flatMap((p) =>
      p.series.flatMap((id) => {
        const group = groupOf.get(id);
        if (group === undefined) return [`series preset ${page}/${p.id}: unknown series "${id}"`];
        return sections[page].groups.includes(group) ? [] : [`series preset ${page}/${p.id}: series "${id}" is not shown on the ${page} page`];
      }),
    ),
  );
}
