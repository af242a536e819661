import { describe, expect, it } from 'vitest';
import { buildCitation } from '@/lib/citation.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';

// Shapes as in data/sources.json: a paper with authors and no date, a statistic read on a reprint with its address.
const paper: SourceInfo = {
  id: 'seed003-zhu-lu-yongkang', kind: 'paper', publisher: 'Lingtong Zhu and Feifei Lu, …', title: 'Research on Influencing Factors …', date: null, asReportedBy: null,
  whereRead: 'seed 003_be2a22baed7387ac.txt, Table 4', licence: 'cited', citation: { authors: ['Lingtong Zhu', 'Feifei Lu'], year: null, container: null },
  reader: {
    publisher: { en: 'Lingtong Zhu and Feifei Lu', zh: 'Lingtong Zhu、Feifei Lu' },
    title: { en: 'Research on Influencing Factors of Cross-Border E-Commerce Development of Industrial Clusters', zh: 'Research on Influencing Factors of Cross-Border E-Commerce Development of Industrial Clusters', descriptive: false },
    asReportedBy: null, place: { en: 'Table 4', zh: '表4' }, licence: { en: 'Cited, not reproduced.', zh: '仅引用，不转载。' },
  },
};
const statistic: SourceInfo = {
  id: 'aliresearch-2020-via-fznews', kind: 'industry', publisher: 'AliResearch (阿里研究院)', title: 'AliResearch Taobao-village list 2020 (descriptive title; …)', date: '2020-09-03',
  asReportedBy: 'news.fznews.com.cn, 2020-09-03', whereRead: 'shared/data/public-series.md §4a', licence: 'cited', citation: null,
  reader: {
    publisher: { en: 'AliResearch', zh: '阿里研究院' },
    title: { en: 'AliResearch Taobao-village list 2020', zh: '阿里研究院2020年淘宝村名单', descriptive: true },
    asReportedBy: { site: { en: 'news.fznews.com.cn', zh: 'news.fznews.com.cn' }, url: 'https://news.fznews.com.cn/dsxw/20200903/5f504a24337a4.shtml' },
    place: null, licence: { en: 'Cited, not reproduced.', zh: '仅引用，不转载。' },
  },
};
const view = { title: 'Taobao villages by city, 2019 (Zhejiang)', url: 'http://x/en/villages?province=330000', accessed: '2026-11-22', sources: [paper, statistic] };

describe('buildCitation', () => {
  const c = buildCitation(view);
  it('gives APA: the view (Cluster Atlas, title, URL, access date), then its sources as a list', () => {
    expect(c.apa.split('\n')).toEqual([
      'Cluster Atlas. (2026). Taobao villages by city, 2019 (Zhejiang) [Data set]. Retrieved 2026-11-22, from http://x/en/villages?province=330000',
      '',
      'Sources:',
      'Lingtong Zhu, & Feifei Lu (n.d.). Research on Influencing Factors of Cross-Border E-Commerce Development of Industrial Clusters.',
      'AliResearch (2020). AliResearch Taobao-village list 2020 (descriptive title). As reported by news.fznews.com.cn: https://news.fznews.com.cn/dsxw/20200903/5f504a24337a4.shtml',
    ]);
  });
  it('gives BibTeX: a @misc for the view and one entry per source, special characters escaped', () => {
    expect(c.bibtex).toContain('@misc{clusteratlas_taobao_villages_by_city_2019_zhejiang_2026,');
    expect(c.bibtex).toContain('howpublished = {\\url{http://x/en/villages?province=330000}}');
    expect(c.bibtex).toContain('author       = {Lingtong Zhu and Feifei Lu}');
    expect(c.bibtex).toContain('author       = {{AliResearch}}');
    expect(c.bibtex).toContain('howpublished = {\\url{https://news.fznews.com.cn/dsxw/20200903/5f504a24337a4.shtml}}');
    expect(c.bibtex.match(/^@/gm)).toHaveLength(3);
    const escaped = buildCitation({ ...view, title: 'A & B_c' }).bibtex;
    expect(escaped).toContain('title        = {A \\& B\\_c}');
  });
  it('gives GB/T 7714: [DS/OL] for the view with the access date in brackets, numbered sources with type codes', () => {
    const lines = c.gbt.split('\n');
    expect(lines[0]).toBe('Cluster Atlas. Taobao villages by city, 2019 (Zhejiang)[DS/OL]. (2026)[2026-11-22]. http://x/en/villages?province=330000.');
    expect(lines[3]).toBe('[1] Lingtong Zhu, Feifei Lu. Research on Influencing Factors of Cross-Border E-Commerce Development of Industrial Clusters[R].');
    expect(lines[4]).toBe('[2] AliResearch. AliResearch Taobao-village list 2020 (descriptive title)[EB/OL]. (2020-09-03). https://news.fznews.com.cn/dsxw/20200903/5f504a24337a4.shtml.');
  });
  it('writes the Chinese page in Chinese: reader names and labels', () => {
    const zh = buildCitation({ ...view, title: '2019年各市淘宝村（浙江）', locale: 'zh' });
    expect(zh.apa).toContain('[数据集]. 检索于 2026-11-22');
    expect(zh.apa).toContain('阿里研究院 (2020). 阿里研究院2020年淘宝村名单（描述性标题）. 转引自 news.fznews.com.cn');
    expect(zh.gbt).toContain('数据来源：');
    expect(zh.gbt).toContain('[2] 阿里研究院. 阿里研究院2020年淘宝村名单（描述性标题）[EB/OL]. (2020-09-03).');
  });
  it('never names a source by its id, research-note path or file', () => {
    for (const text of [c.apa, c.bibtex, c.gbt]) expect(text).not.toMatch(/seed|\.txt|public-series|shared\/|aliresearch-2020-via-fznews/);
  });
});
