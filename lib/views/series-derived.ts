import { ratioByYear } from '@/lib/metrics/series.ts';
import type { SeriesInfo, SeriesValueInfo } from '@/lib/queries/series.ts';

/** Series computed here from two published series (part ÷ whole × 100), never stored. */
export const DERIVED_SERIES = [
  {
    id: 'derived-mobile-share-of-users',
    part: 'cnnic-mobile-internet-users',
    whole: 'cnnic-internet-users',
    nameEn: 'Mobile internet users as a share of internet users (computed)',
    nameZh: '手机网民占网民比重（计算值）',
    definitionEn: 'Computed by Cluster Atlas: CNNIC mobile internet users ÷ CNNIC internet users, year-end readings of the same report. Seed 000 (Figure 3) calls this the "proportion of mobile phone users".',
    definitionZh: '由本站计算：CNNIC手机网民规模 ÷ CNNIC网民规模（同一报告的年末数据）。种子文献000（图3）称之为"手机网民比例"。',
  },
  {
    id: 'derived-shoppers-share-of-users',
    part: 'cnnic-online-shoppers',
    whole: 'cnnic-internet-users',
    nameEn: 'Online shoppers as a share of internet users (computed)',
    nameZh: '网络购物用户占网民比重（计算值）',
    definitionEn: 'Computed by Cluster Atlas: CNNIC online shoppers ÷ CNNIC internet users, year-end readings. CNNIC publishes its own usage rate, which may differ by about ±0.1 pp.',
    definitionZh: '由本站计算：CNNIC网络购物用户规模 ÷ CNNIC网民规模（年末数据）。CNNIC公布的使用率可能相差约±0.1个百分点。',
  },
] as const;

export function derivedInfo(d: (typeof DERIVED_SERIES)[number], group: string): SeriesInfo {
  return {
    id: d.id, group, nameEn: d.nameEn, nameZh: d.nameZh, unit: 'percent', publisher: 'Cluster Atlas (computed from CNNIC)', official: false,
    definitionEn: d.definitionEn, definitionZh: d.definitionZh, noteIds: [], sourceIds: [], firstYear: null, lastYear: null,
  };
}

/**
 * Year-line values of a derived series; each point cites the source of its numerator. Flags and
 * qualifiers follow both inputs (an approximate numerator makes an estimate; a bound, a bound).
 */
export function derivedValues(d: (typeof DERIVED_SERIES)[number], part: SeriesValueInfo[], whole: SeriesValueInfo[]): SeriesValueInfo[] {
  const yearly = (vs: SeriesValueInfo[]) =>
    vs.filter((v) => v.periodKind === 'year').map((v) => ({ year: v.year, value: v.value, qualifier: v.qualifier, flag: v.flag, breakBefore: v.breakBefore }));
  const partByYear = new Map(part.filter((v) => v.periodKind === 'year').map((v) => [v.year, v]));
  return ratioByYear(yearly(part), yearly(whole)).map((r) => {
    const p = partByYear.get(r.year)!;
    return {
      period: String(r.year), periodKind: 'year', year: r.year, month: null, value: r.value === null ? null : r.value * 100,
      qualifier: r.qualifier, flag: r.flag, breakBefore: p.breakBefore, sourceId: p.sourceId, noteIds: [],
    };
  });
}
