import { describe, expect, it } from 'vitest';
import { TABLE_IDS } from '@/lib/views/clusters/yongkang-tables.ts';
import { tabOfLegacyAnchor, YONGKANG_TABLE_TABS, yongkangTabHref } from '@/lib/views/clusters/yongkang-tabs.ts';

describe('the views of the Yongkang page', () => {
  it('has one tab per table of the paper, every table once', () => {
    expect([...YONGKANG_TABLE_TABS].sort()).toEqual([...TABLE_IDS].sort());
  });

  it('addresses a view, the overview without a parameter', () => {
    expect(yongkangTabHref('en', 'overview')).toBe('/en/clusters/yongkang');
    expect(yongkangTabHref('zh', 'fit', 'fit-note-yk-fit-gfi-called-cfi')).toBe('/zh/clusters/yongkang?tab=fit#fit-note-yk-fit-gfi-called-cfi');
  });

  it("sends the one-page layout's table and note anchors to the table's tab, and nothing else", () => {
    expect(tabOfLegacyAnchor('section-paths')).toBe('paths');
    expect(tabOfLegacyAnchor('mediation-note-yk-f3-shares-swapped')).toBe('mediation');
    expect(tabOfLegacyAnchor('sample-note-yk-x')).toBe('sample');
    // The overview keeps its sections: the sample (stats and charts), figures, model, hypotheses.
    for (const kept of ['section-sample', 'section-figures', 'figures-note-yk-x', 'hypotheses-note-yk-x', 'section-model', 'section-source', 'tables', ''])
      expect(tabOfLegacyAnchor(kept), kept).toBeNull();
  });
});
