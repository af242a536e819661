import { describe, expect, it } from 'vitest';
import { modelsViewQuery } from '@/lib/schemas/models-view.ts';
import { pageViewOf } from '@/lib/schemas/page-view.ts';
import { yongkangViewQuery } from '@/lib/schemas/yongkang-view.ts';

// The `tab` of the pages whose views are tabs with an overview first; their own tests
// (yongkang-tabs.test.ts, models-tabs.test.ts) check their addresses and legacy anchors.
describe.each([
  { page: 'Yongkang', query: yongkangViewQuery, a: 'paths', b: 'fit', allowed: 'overview, sample, items' },
  { page: 'Business models', query: modelsViewQuery, a: 'platforms', b: 'sources', allowed: 'overview, models, platforms, sources' },
])('the $page page’s view', ({ query, a, b, allowed }) => {
  it('parses the tab: absent is the overview, an unknown one is refused with the allowed values', () => {
    expect(query.parse({})).toEqual({ tab: 'overview' });
    expect(query.parse({ tab: a, capital: '1' })).toEqual({ tab: a });
    const bad = query.safeParse({ tab: 'nope' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toContain(allowed);
    expect(query.safeParse({ tab: [a, b] }).success).toBe(false);
  });

  it('shows the overview for an unknown view and names what was refused', () => {
    expect(pageViewOf(query, {})).toEqual({ tab: 'overview', refused: null });
    expect(pageViewOf(query, { tab: b })).toEqual({ tab: b, refused: null });
    expect(pageViewOf(query, { tab: 'nope' })).toEqual({ tab: 'overview', refused: 'nope' });
    expect(pageViewOf(query, { tab: [a, b] })).toEqual({ tab: 'overview', refused: `${a},${b}` });
  });
});
