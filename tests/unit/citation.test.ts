import { describe, expect, it } from 'vitest';
import { buildCitation } from '@/lib/citation.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';

const paper: SourceInfo = {
  id: 'seed001', kind: 'paper', publisher: 'Zhejiang Industry & Trade Vocational College', title: 'Research on the Development of Wenzhou Rural E-commerce Industry Cluster',
  date: '2020', asReportedBy: null, whereRead: 'seed 001, Figure 1', licence: 'cited', citation: { authors: ['Zhijie Xia'] }, reader: null,
};

describe('buildCitation', () => {
  const c = buildCitation({ title: 'Taobao villages by city, 2019 (Zhejiang)', url: 'http://x/en/villages?province=330000', accessed: '2026-11-22', sources: [paper] });
  it('gives APA text naming the view, the URL, the access date and the sources', () => {
    expect(c.apa).toBe(
      'Cluster Atlas. (2026). Taobao villages by city, 2019 (Zhejiang) [Data set]. Retrieved 2026-11-22, from http://x/en/villages?province=330000. Compiled from: Zhijie Xia (2020). Research on the Development of Wenzhou Rural E-commerce Industry Cluster.',
    );
  });
  it('gives BibTeX with escaped special characters', () => {
    expect(c.bibtex).toContain('@misc{clusteratlas_taobao_villages_by_city_2019_zhejiang_2026,');
    expect(c.bibtex).toContain('Zhejiang Industry \\& Trade Vocational College');
    expect(c.bibtex).toContain('howpublished = {\\url{http://x/en/villages?province=330000}}');
  });
});
