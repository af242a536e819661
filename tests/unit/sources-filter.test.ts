import { describe, expect, it } from 'vitest';
import { filterSources } from '@/lib/views/sources-filter.ts';
import { sourcesParams, sourcesQuery } from '@/lib/schemas/sources-query.ts';
import { searchParamsToObject } from '@/lib/schemas/params.ts';

type Entry = Parameters<typeof filterSources>[0][number];
const entry = (id: string, kind: 'official' | 'industry' | 'paper' | 'press', publisherKey: string, sections: Entry['sections'], text: string): Entry => ({ source: { id, kind }, publisherKey, sections, text: text.toLowerCase() });

// 45 sources: 30 official CNNIC ones (users), 15 industry 100EC ones (transactions).
const entries = [
  ...Array.from({ length: 30 }, (_, i) => entry(`cnnic-${i}`, 'official', 'CNNIC', ['users'], `CNNIC report ${i} internet users`)),
  ...Array.from({ length: 15 }, (_, i) => entry(`100ec-${i}`, 'industry', '100EC', ['transactions'], `100EC report ${i} online retail 网络零售`)),
];
const parse = (qs: string) => sourcesQuery.parse(searchParamsToObject(new URLSearchParams(qs)));

describe('sources query', () => {
  it('treats the empty fields a GET form sends as absent', () => {
    expect(parse('q=&section=&kind=&publisher=&source=')).toEqual({ q: '', page: 1 });
  });

  it('rejects bad values with a message naming the parameter', () => {
    for (const qs of ['section=nowhere', 'kind=blog', 'page=0', 'page=x', 'page=1&page=2', 'source=%00', 'sort=title', `q=${'a'.repeat(81)}`]) {
      const parsed = sourcesQuery.safeParse(searchParamsToObject(new URLSearchParams(qs)));
      expect(parsed.success, qs).toBe(false);
    }
  });

  it('writes back only what differs from the default', () => {
    expect(sourcesParams(parse('q=%20cnnic%20%20report&page=1')).toString()).toBe('q=cnnic+report');
    expect(sourcesParams(parse('section=users&kind=official&page=2')).toString()).toBe('section=users&kind=official&page=2');
  });
});

describe('filterSources', () => {
  it('pages the matches', () => {
    const r = filterSources(entries, parse('page=3'), 20);
    expect(r.matched).toBe(45);
    expect(r.pageCount).toBe(3);
    expect(r.shown.map((e) => e.source.id)).toEqual(['100ec-10', '100ec-11', '100ec-12', '100ec-13', '100ec-14']);
  });

  it('filters by section, kind and publisher, and searches every word in either language', () => {
    expect(filterSources(entries, parse('section=transactions'), 20).matched).toBe(15);
    expect(filterSources(entries, parse('kind=official'), 20).matched).toBe(30);
    expect(filterSources(entries, parse('publisher=100EC&kind=official'), 20).matched).toBe(0);
    expect(filterSources(entries, parse('q=USERS+report+2'), 20).shown.map((e) => e.source.id)).toEqual(['cnnic-2', 'cnnic-12', 'cnnic-20', 'cnnic-21', 'cnnic-22', 'cnnic-23', 'cnnic-24', 'cnnic-25', 'cnnic-26', 'cnnic-27', 'cnnic-28', 'cnnic-29']);
    expect(filterSources(entries, parse('q=网络零售'), 20).matched).toBe(15);
  });

  it('shows the page holding an asked-for source', () => {
    const r = filterSources(entries, parse('source=100ec-3&page=1'), 20);
    expect(r.page).toBe(2);
    expect(r.shown.some((e) => e.source.id === '100ec-3')).toBe(true);
  });

  it('drops the filters that leave an asked-for source out, and says when there is no such source', () => {
    const r = filterSources(entries, parse('section=users&source=100ec-14'), 20);
    expect(r.query.section).toBeUndefined();
    expect(r.page).toBe(3);
    expect(filterSources(entries, parse('source=nope'), 20).notFound).toBe('nope');
  });

  it('shows the last page for a page past the end, and says so', () => {
    const r = filterSources(entries, parse('kind=industry&page=9'), 20);
    expect(r.pageOutOfRange).toBe(true);
    expect(r.page).toBe(1);
  });
});
