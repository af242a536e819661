import { describe, expect, it } from 'vitest';
import { parseCityView } from '@/lib/views/villages-page.ts';
import { searchParamsToObject, toApiIssues } from '@/lib/schemas/params.ts';
import { CITY_ARRAY_KEYS, cityQuery, cityQueryStrict } from '@/lib/schemas/villages.ts';
import { nonDefaultCityParams } from '@/lib/schemas/villages-url.ts';

const parse = (qs: string) => cityQueryStrict.safeParse(searchParamsToObject(new URLSearchParams(qs), CITY_ARRAY_KEYS));

describe('city view parameters', () => {
  it('has defaults for everything', () => {
    expect(cityQuery.parse({})).toEqual({ year: 2019, province: [], q: '', sort: 'villages', dir: 'desc', lang: 'en', scope: 'ranked', tab: 'chart' });
  });

  it('resolves provinces by adcode, English or Chinese name, deduplicated and sorted', () => {
    const r = parse('province=Zhejiang&province=440000&province=浙江省&province=广东');
    expect(r.success && r.data.province).toEqual([330000, 440000]);
  });

  it('names the failing field and position', () => {
    const r = parse('province=Zhejiang&province=Atlantis');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['province', 1]);
    expect(r.error!.issues[0].message).toContain('Atlantis');
  });

  it('rejects a repeated single-valued parameter and unknown parameters', () => {
    const repeated = parse('year=2019&year=2020');
    expect(repeated.error!.issues[0]).toMatchObject({ path: ['year'], message: expect.stringContaining('more than once') });
    expect(parse('colour=red').error!.issues[0].code).toBe('unrecognized_keys');
  });

  it('reports each unknown parameter at its own name, so the 400 names it', () => {
    expect(toApiIssues(parse('colour=red&page=2&year=1999').error!)).toEqual([
      { path: ['year'], message: 'year must be 2000 or later' },
      { path: ['colour'], message: 'unrecognized parameter "colour": this route does not take it' },
      { path: ['page'], message: 'unrecognized parameter "page": this route does not take it' },
    ]);
  });

  it('writes only non-default values, in a stable order', () => {
    expect(nonDefaultCityParams(cityQuery.parse({})).toString()).toBe('');
    const q = cityQuery.parse({ province: ['440000', '330000'], sort: 'city', dir: 'asc', year: '2018' });
    expect(nonDefaultCityParams(q).toString()).toBe('year=2018&province=330000&province=440000&sort=city&dir=asc');
  });

  it('the page drops invalid fields, keeps the valid ones and reports what it dropped', () => {
    const { query, invalid } = parseCityView({ province: 'Narnia', sort: 'city' });
    expect(query.province).toEqual([]);
    expect(query.sort).toBe('city');
    expect(invalid.join()).toContain('Narnia');
  });
});
