import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadDataFiles } from '@/lib/data/load-data-files.ts';

// The 2025 releases and the new Taobao-village counts of the second collection of sourced figures
// (issue 15, part 3): each value exactly as its page prints it, with the page it was read on.

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const data = loadDataFiles(dataDir);
const sourceById = new Map(data.sources.map((s) => [s.id, s]));
const noteById = new Map(data.notes.map((n) => [n.id, n]));

type Row = Record<string, string>;
const csv = (rel: string) => Papa.parse<Row>(readFileSync(dataDir + rel, 'utf8'), { header: true, skipEmptyLines: true }).data;
const values = csv('series/values.csv');
const value = (series: string, period: string) => values.find((r) => r.series_id === series && r.period === period);
const notesOf = (r: Row | undefined) => (r?.note_ids ? r.note_ids.split(';') : []);

/** [series, period, period_kind, value as stored, qualifier, source id, page address of that source]. */
const SERIES_2025: [string, string, string, string, string, string, string][] = [
  ['cnnic-internet-users', '2025', 'year', '1125000000', '', 'cnnic-57th-via-ecns', 'http://www.ecns.cn/news/cns-wire/2026-02-05/detail-iheznyiy1140391.shtml'],
  ['cnnic-internet-penetration', '2025', 'year', '80.1', '', 'cnnic-57th-via-ecns', 'http://www.ecns.cn/news/cns-wire/2026-02-05/detail-iheznyiy1140391.shtml'],
  ['cnnic-rural-penetration', '2025', 'year', '69.5', '', 'cnnic-57th-via-ecns', 'http://www.ecns.cn/news/cns-wire/2026-02-05/detail-iheznyiy1140391.shtml'],
  ['nbs-online-retail-sales', '2025', 'year', '15970000000000', '', 'nbs-2025-via-people-xinhua', 'http://en.people.cn/n3/2026/0119/c90000-20416194.html'],
  ['nbs-online-retail-sales-yoy', '2025', 'year', '8.6', '', 'nbs-2025-via-people-xinhua', 'http://en.people.cn/n3/2026/0119/c90000-20416194.html'],
  ['nbs-physical-goods-online-retail-sales', '2025', 'year', '13090000000000', '', 'nbs-2025-via-people-xinhua', 'http://en.people.cn/n3/2026/0119/c90000-20416194.html'],
  ['nbs-physical-goods-online-retail-sales-yoy', '2025', 'year', '5.2', '', 'nbs-2025-via-people-xinhua', 'http://en.people.cn/n3/2026/0119/c90000-20416194.html'],
  ['nbs-physical-goods-share-of-retail', '2025', 'year', '26.1', '', 'nbs-2025-via-people-xinhua', 'http://en.people.cn/n3/2026/0119/c90000-20416194.html'],
  ['mofcom-rural-online-retail-sales', '2025', 'year', '3000000000000', '', 'mofcom-2025-rural-via-china-org-cn-jp', 'http://japanese.china.org.cn/business/txt/2026-02/06/content_118320863.htm'],
  ['mofcom-rural-online-retail-sales-yoy', '2025', 'year', '6.7', '', 'mofcom-2025-rural-via-china-org-cn-jp', 'http://japanese.china.org.cn/business/txt/2026-02/06/content_118320863.htm'],
  ['mofcom-agricultural-online-retail-sales', '2025', 'year', '783310000000', '', 'mofcom-2025-rural-via-china-org-cn-jp', 'http://japanese.china.org.cn/business/txt/2026-02/06/content_118320863.htm'],
  ['mofcom-agricultural-online-retail-sales-yoy', '2025', 'year', '9.9', '', 'mofcom-2025-rural-via-china-org-cn-jp', 'http://japanese.china.org.cn/business/txt/2026-02/06/content_118320863.htm'],
  ['mofcom-rural-online-retail-sales', '2016', 'year', '894540000000', '', 'mofcom-2016-rural-via-chinanews', 'http://csvscnns.com/news/105298301/70661.html'],
  ['mofcom-rural-online-retail-sales', '2017', 'year', '1244880000000', '', 'ciecc-2017-rural-via-fx361', 'https://m.fx361.cc/news/2019/1120/17108991.html'],
  ['mofcom-rural-online-retail-sales', '2021', 'year', '2050000000000', '', 'rural-retail-2021-via-zgxczx', 'http://zgxczx.cn/content_46121.html'],
  ['mofcom-rural-online-retail-sales', '2023', 'year', '2500000000000', '', 'mofcom-2023-rural-via-caijing-guancha', 'http://111.203.215.41/api/news.php?NKC=9CRPK.html'],
  ['mofcom-agricultural-online-retail-sales', '2021', 'year', '422100000000', '', 'rural-retail-2021-via-zgxczx', 'http://zgxczx.cn/content_46121.html'],
  ['mofcom-agricultural-online-retail-sales', '2023', 'year', '587030000000', '', 'mofcom-2023-rural-via-caijing-guancha', 'http://111.203.215.41/api/news.php?NKC=9CRPK.html'],
  ['gacc-cross-border-ecommerce-trade', '2024', 'year', '2630000000000', '', 'gacc-2024-via-zszhan-cover-news', 'https://zszhan.com/news/36630'],
  ['gacc-cross-border-ecommerce-trade-yoy', '2024', 'year', '10.8', '', 'gacc-2024-via-zszhan-cover-news', 'https://zszhan.com/news/36630'],
  ['gacc-cross-border-ecommerce-trade', '2024-06', 'mid-year', '1250000000000', '', 'gacc-2024h1-via-scio', 'http://english.scio.gov.cn/m/pressroom/2024-11/27/content_117572579_13.html'],
  ['gacc-cross-border-ecommerce-trade-yoy', '2024-06', 'mid-year', '13', '', 'gacc-2024h1-via-scio', 'http://english.scio.gov.cn/m/pressroom/2024-11/27/content_117572579_13.html'],
  ['gacc-cross-border-ecommerce-exports', '2024-06', 'mid-year', '979900000000', 'approx', 'gacc-2024h1-via-scio', 'http://english.scio.gov.cn/m/pressroom/2024-11/27/content_117572579_13.html'],
  ['gacc-cross-border-ecommerce-imports', '2024-06', 'mid-year', '266400000000', '', 'gacc-2024h1-via-scio', 'http://english.scio.gov.cn/m/pressroom/2024-11/27/content_117572579_13.html'],
  ['gacc-cross-border-ecommerce-trade', '2025-06', 'mid-year', '1320000000000', 'approx', 'gacc-2025h1-via-776mm', 'http://m.776mm.com/2025/07/17/25910.html'],
  ['gacc-cross-border-ecommerce-trade-yoy', '2025-06', 'mid-year', '5.7', '', 'gacc-2025h1-via-776mm', 'http://m.776mm.com/2025/07/17/25910.html'],
  ['gacc-cross-border-ecommerce-exports', '2025-06', 'mid-year', '1030000000000', 'approx', 'gacc-2025h1-via-776mm', 'http://m.776mm.com/2025/07/17/25910.html'],
  ['gacc-cross-border-ecommerce-imports', '2025-06', 'mid-year', '291100000000', 'approx', 'gacc-2025h1-via-776mm', 'http://m.776mm.com/2025/07/17/25910.html'],
  ['gacc-cross-border-ecommerce-trade', '2023-06', 'mid-year', '1100000000000', '', 'gacc-2023h1-via-zhoukan', 'http://zhoukan.cc/guancha/2023/0828/293232.html'],
  ['gacc-cross-border-ecommerce-trade', '2020', 'year', '1620000000000', '', 'gacc-2020-revised-via-coderstudy', 'https://www.coderstudy.co/article/47863_4nvl2.html'],
  ['gacc-cross-border-ecommerce-trade-yoy', '2020', 'year', '25.7', '', 'gacc-2020-revised-via-coderstudy', 'https://www.coderstudy.co/article/47863_4nvl2.html'],
];

/** Text a reader sees must not point at our research files or their sections. */
const RESEARCH_PATH = /public-series|shared\/data|\.md\b|§/;

describe('2025 releases and other new national figures', () => {
  it.each(SERIES_2025)('%s %s = %s (%s), read on its page', (series, period, kind, v, qualifier, sourceId, page) => {
    const r = value(series, period);
    expect(r, `${series} ${period}`).toBeDefined();
    expect([r!.period_kind, r!.value, r!.qualifier, r!.flag, r!.source_id]).toEqual([kind, v, qualifier, 'S', sourceId]);
    expect(sourceById.get(sourceId)?.whereRead).toBe(page);
  });

  it('NBS 2025 online retail cites the Xinhua report carried by People\'s Daily Online, not a code repository', () => {
    const s = sourceById.get(value('nbs-online-retail-sales', '2025')!.source_id)!;
    expect(s.publisher).toContain('National Bureau of Statistics');
    expect(s.asReportedBy).toContain("Xinhua, carried by People's Daily Online");
    expect(s.date).toBe('2026-01-19');
    expect(`${s.asReportedBy} ${s.whereRead}`).not.toMatch(/github/i);
    expect(notesOf(value('nbs-online-retail-sales', '2025'))).not.toContain('ser-2025-secondary-unchecked');
  });

  it('the unverified end-2025 online-shopper figures (9.37亿, 83.2%) are gaps, explained by a warning note', () => {
    for (const series of ['cnnic-online-shoppers', 'cnnic-online-shopping-rate']) {
      const r = value(series, '2025');
      expect([r?.value, r?.flag], series).toEqual(['', '']);
      expect(notesOf(r), series).toContain('ser-2025-secondary-unchecked');
    }
    const warning = noteById.get('ser-2025-secondary-unchecked')!;
    expect(warning.textEn).toContain('9.37亿');
    expect(warning.textEn).toContain('about 37 million');
    expect(warning.textZh).toContain('3700万');
    expect(values.some((r) => r.value === '937000000')).toBe(false);
  });

  it('conflicts keep the other value in a note: GACC 2024 (2.71万亿), 2024 H1 preliminary (1.22万亿), 2020 first release (1.69万亿)', () => {
    expect(notesOf(value('gacc-cross-border-ecommerce-trade', '2024'))).toContain('ser-gacc-2024-preliminary');
    expect(noteById.get('ser-gacc-2024-preliminary')?.textEn).toContain('2.71 trillion yuan');
    expect(sourceById.get('gacc-2024-via-china-com-cn-opinion')?.whereRead).toBe('http://news.china.com.cn/2025-11/25/content_118200402.shtml');
    expect(noteById.get('ser-gacc-2024-h1')?.textEn).toContain('preliminary figure of July 2024 (1.22万亿 yuan, +10.5%');
    expect(noteById.get('ser-gacc-2020-revised')?.textEn).toContain('1.69 trillion yuan, +31.1%');
    expect(noteById.get('ser-rural-retail-2023-rounding')?.textEn).toContain('2.49 trillion yuan');
  });

  it('leads from low-quality pages are not values (2025 CBEC 2.75万亿, 2025 rural users 3.2亿, 2024 mobile 11.05亿)', () => {
    expect(value('gacc-cross-border-ecommerce-trade', '2025')).toBeUndefined();
    expect(value('cnnic-rural-internet-users', '2025')).toBeUndefined();
    expect(value('cnnic-mobile-internet-users', '2024')?.value).toBe('');
    expect(values.some((r) => ['2750000000000', '1105000000'].includes(r.value))).toBe(false);
  });
});

describe('new Taobao-village province and city counts', () => {
  const provinces = csv('taobao-villages/provinces.csv');
  const cities = csv('taobao-villages/cities.csv');
  const province = (year: string, adcode: string) => provinces.find((r) => r.year === year && r.province_adcode === adcode);
  const city = (year: string, adcode: string) => cities.find((r) => r.year === year && r.city_adcode === adcode);

  it.each([
    ['2022', '350000', '643', '204', '6', 'fujian-commerce-2022-via-riulidt', 'http://riulidt.cn/news/2023/2023-02-27/519449.html'],
    ['2019', '410000', '75', '44', '', 'henan-commerce-2019-via-asia-worlds', 'http://asia-worlds.com/NewsView.asp?ID=136'],
  ])('province %s %s: %s villages, %s towns', (year, adcode, villages, towns, rank, sourceId, page) => {
    const r = province(year, adcode);
    expect([r?.villages, r?.towns, r?.published_rank, r?.source_id]).toEqual([villages, towns, rank, sourceId]);
    expect(sourceById.get(sourceId)?.whereRead).toBe(page);
  });

  it.each([
    ['2021', '371700', '516', '84', 'heze-2021-via-shangwuda', 'https://shangwuda.com/wenda/249823.html'],
    ['2020', '330500', '59', '24', 'huzhou-gov-2020', 'https://www.huzhou.gov.cn/art/2020/9/4/art_1229213494_56244317.html'],
    ['2020', '371100', '5', '1', 'rizhao-2020-via-yybnet', 'https://m.yybnet.net/rizhao/juxian/202009/10848864.html'],
    ['2020', '440800', '', '4', 'zhanjiang-2020-via-drawfleurdelis', 'https://www.drawfleurdelis.com/2020/4-seats-in-zhanjiang-taobao-town-lianjiang-jishui-town-on-the-list/'],
    ['2019', '411000', '13', '6', 'henan-commerce-2019-via-asia-worlds', 'http://asia-worlds.com/NewsView.asp?ID=136'],
  ])('city %s %s: %s villages, %s towns', (year, adcode, villages, towns, sourceId, page) => {
    const r = city(year, adcode);
    expect([r?.villages, r?.towns, r?.ranked_list, r?.source_id]).toEqual([villages, towns, '', sourceId]);
    expect(sourceById.get(sourceId)?.whereRead).toBe(page);
  });

  it('Heze 2021 towns carry the definition note (sub-districts counted); Fujian 2022 says its year is inferred', () => {
    expect(notesOf(city('2021', '371700'))).toContain('tv-heze-2021-towns-jiedao');
    expect(noteById.get('tv-heze-2021-towns-jiedao')?.kind).toBe('definition-change');
    expect(noteById.get('tv-fj-2022-ranks-year')?.textEn).toContain('inferred');
  });

  it('regional totals are notes and keep both 2019 figures (about 150 and 172)', () => {
    expect(noteById.get('tv-cwne-2019')?.textEn).toContain('about 150');
    expect(noteById.get('tv-cwne-2019-2020-report')?.textEn).toContain('172');
    expect(noteById.get('tv-cwne-2020')?.textEn).toContain('341 Taobao villages');
  });
});

describe('the new sources and notes', () => {
  const NEW_SOURCES = [
    'cnnic-57th-via-ecns',
    'nbs-2025-via-people-xinhua',
    'mofcom-2025-rural-via-china-org-cn-jp',
    'mofcom-2023-rural-via-caijing-guancha',
    'rural-retail-2021-via-zgxczx',
    'mofcom-2016-rural-via-chinanews',
    'ciecc-2017-rural-via-fx361',
    'gacc-2024-via-zszhan-cover-news',
    'gacc-2024-via-china-com-cn-opinion',
    'gacc-2024h1-via-scio',
    'gacc-2025h1-via-776mm',
    'gacc-2020-revised-via-coderstudy',
    'gacc-2023h1-via-zhoukan',
    'fujian-commerce-2022-via-riulidt',
    'henan-commerce-2019-via-asia-worlds',
    'heze-2021-via-shangwuda',
    'huzhou-gov-2020',
    'rizhao-2020-via-yybnet',
    'zhanjiang-2020-via-drawfleurdelis',
    'aliresearch-2020-key-findings-via-ttnews',
    'aliresearch-2018-via-mudan-evening-news',
    'aliresearch-2016-via-rhhz-journal',
    'aliresearch-2014-via-thepaypers',
    'aliresearch-2019-via-dzsdc-0807',
    'yang-shi-2022-productivity-research',
    'people-jiangsu-2015-via-mlfkm',
    'aliresearch-top100-counties-2020-via-jiangsulong',
    'huanqiu-2019-via-outputnews',
  ];

  it('every new source names its page address and no research file', () => {
    for (const id of NEW_SOURCES) {
      const s = sourceById.get(id)!;
      expect(s, id).toBeDefined();
      expect(s.whereRead, id).toMatch(/^https?:\/\/\S+$/);
      expect(`${s.publisher} ${s.title} ${s.asReportedBy ?? ''} ${s.whereRead}`, id).not.toMatch(RESEARCH_PATH);
    }
  });

  it('the notes added for these figures are in both languages and name no research file', () => {
    const ids = [
      'ser-2025-secondary-unchecked', 'ser-cnnic-2025-penetration', 'ser-rural-penetration-2025', 'ser-nbs-2025-xinhua',
      'ser-nbs-2025-first-seen', 'ser-mofcom-rural-retail', 'ser-gacc-2024-h1', 'ser-gacc-2024-preliminary', 'ser-gacc-2025-h1',
      'ser-gacc-2020-revised', 'tv-fj-2022-ranks-year', 'tv-heze-2021', 'tv-cwne-2019-2020-report', 'tv-coverage-2020',
    ];
    for (const id of ids) {
      const n = noteById.get(id)!;
      expect(n, id).toBeDefined();
      expect(n.textZh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(`${n.textEn} ${n.textZh}`, id).not.toMatch(RESEARCH_PATH);
    }
  });
});
