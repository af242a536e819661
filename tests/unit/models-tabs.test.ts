import { describe, expect, it } from 'vitest';
import { modelsTabHref, tabOfLegacyAnchor } from '@/lib/views/models-tabs.ts';

describe('the views of the Business models page', () => {
  it("addresses a view, the overview without a parameter, keeping the guide's levels and nothing else", () => {
    expect(modelsTabHref('en', 'overview')).toBe('/en/models');
    expect(modelsTabHref('zh', 'models', { capital: 1, info: 2, mgmt: 3 })).toBe('/zh/models?tab=models&capital=1&info=2&mgmt=3');
    expect(modelsTabHref('en', 'overview', { capital: '3', info: '3', mgmt: '3' })).toBe('/en/models?capital=3&info=3&mgmt=3');
    expect(modelsTabHref('en', 'platforms', { utm: 'x' } as never, 'note-x')).toBe('/en/models?tab=platforms#note-x');
  });

  it("sends the one-page layout's anchors to the tab that holds them, and keeps the overview's", () => {
    expect(tabOfLegacyAnchor('models')).toBe('models');
    expect(tabOfLegacyAnchor('model-O2O')).toBe('models');
    expect(tabOfLegacyAnchor('platforms')).toBe('platforms');
    expect(tabOfLegacyAnchor('platform-portal')).toBe('platforms');
    expect(tabOfLegacyAnchor('sources')).toBe('sources');
    for (const kept of ['matrix', 'guide', 'chart', ''])
      expect(tabOfLegacyAnchor(kept), kept).toBeNull();
  });
});
