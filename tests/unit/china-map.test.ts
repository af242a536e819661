import { describe, it, expect } from 'vitest';
import provinces from '../../data/registry/provinces.json';
import cities from '../../data/registry/cities.json';
import { buildChinaMap, classify, colourScale, colourFor } from '../../lib/map/china-map';

const TABLE_2019: [string, string, number][] = [
  ['金华市', 'Jinhua', 330000], ['温州市', 'Wenzhou', 330000], ['菏泽市', 'Heze', 370000],
  ['台州市', 'Taizhou', 330000], ['泉州市', 'Quanzhou', 350000], ['宁波市', 'Ningbo', 330000],
  ['宿迁市', 'Suqian', 320000], ['嘉兴市', 'Jiaxing', 330000], ['杭州市', 'Hangzhou', 330000],
  ['东莞市', 'Dongguan', 440000], ['苏州市', 'Suzhou', 320000], ['徐州市', 'Xuzhou', 320000],
  ['广州市', 'Guangzhou', 440000], ['揭阳市', 'Jieyang', 440000], ['佛山市', 'Foshan', 440000],
  ['邢台市', 'Xingtai', 130000], ['汕头市', 'Shantou', 440000], ['潮州市', 'Chaozhou', 440000],
  ['石家庄市', 'Shijiazhuang', 130000], ['中山市', 'Zhongshan', 440000], ['无锡市', 'Wuxi', 320000],
  ['湖州市', 'Huzhou', 330000],
];

describe('registry', () => {
  it('has the 31 mainland provinces, sorted, with regions', () => {
    expect(provinces).toHaveLength(31);
    expect(provinces.map((p) => p.adcode)).toEqual([...provinces.map((p) => p.adcode)].sort((a, b) => a - b));
    const region = (en: string) => provinces.find((p) => p.nameEn === en)?.region;
    expect(region('Zhejiang')).toBe('east');
    expect(region('Anhui')).toBe('central');
    expect(region('Jilin')).toBe('northeast');
    expect(region('Inner Mongolia')).toBe('west');
    expect(provinces.find((p) => p.adcode === 330000)).toMatchObject({ nameZh: '浙江省', shortZh: '浙江' });
  });

  it('has ≥ 330 cities, each in a known province, every province covered', () => {
    const adcodes = new Set(provinces.map((p) => p.adcode));
    expect(cities.length).toBeGreaterThanOrEqual(330);
    for (const c of cities) expect(adcodes.has(c.provinceAdcode), c.nameZh).toBe(true);
    for (const p of provinces) expect(cities.some((c) => c.provinceAdcode === p.adcode), p.nameZh).toBe(true);
    expect(new Set(cities.map((c) => c.adcode)).size).toBe(cities.length);
    expect(cities.find((c) => c.adcode === 500100)).toMatchObject({ nameEn: 'Chongqing', provinceAdcode: 500000 });
  });

  it.each(TABLE_2019)('lists %s as %s in %i', (nameZh, nameEn, provinceAdcode) => {
    expect(cities.find((c) => c.nameZh === nameZh)).toMatchObject({ nameEn, provinceAdcode });
  });

  it('uses conventional English names and no odd characters', () => {
    const en = (zh: string) => cities.find((c) => c.nameZh === zh)?.nameEn;
    expect(en('延边朝鲜族自治州')).toBe('Yanbian');
    expect(en('西安市')).toBe("Xi'an");
    expect(en('六安市')).toBe("Lu'an");
    expect(en('喀什地区')).toBe('Kashgar');
    expect(en('呼和浩特市')).toBe('Hohhot');
    for (const r of [...provinces, ...cities]) expect(r.nameEn).toMatch(/^[A-Z][A-Za-zü' ]*$/);
  });
});

describe('buildChinaMap', () => {
  const map = buildChinaMap({ width: 800, height: 680 });

  it('draws every province inside the viewBox', () => {
    expect(map.viewBox).toBe('0 0 800 680');
    expect(map.provinces.length).toBeGreaterThanOrEqual(31);
    for (const p of provinces) expect(map.provinces.some((s) => s.adcode === p.adcode), p.nameZh).toBe(true);
    for (const s of map.provinces) {
      const [[x0, y0], [x1, y1]] = s.bounds;
      expect(x0, s.name).toBeGreaterThanOrEqual(0);
      expect(y0, s.name).toBeGreaterThanOrEqual(0);
      expect(x1, s.name).toBeLessThanOrEqual(800);
      expect(y1, s.name).toBeLessThanOrEqual(680);
      expect((x1 - x0) * (y1 - y0), s.name).toBeLessThan(800 * 680 * 0.25);
      expect(s.d).toMatch(/^m[\d.]/);
      expect(s.d.length).toBeGreaterThan(10);
      expect(s.d.length).toBeLessThan(20_000);
    }
  });

  it('projects Hangzhou east and south of Beijing', () => {
    const hz = map.project(120.15, 30.28);
    const bj = map.project(116.4, 39.9);
    expect(hz).not.toBeNull();
    expect(bj).not.toBeNull();
    expect(hz![0]).toBeGreaterThan(bj![0]);
    expect(hz![1]).toBeGreaterThan(bj![1]);
  });

  it('memoises per size', () => {
    expect(buildChinaMap({ width: 800, height: 680 })).toBe(map);
    expect(buildChinaMap({ width: 400, height: 340 })).not.toBe(map);
  });
});

describe('colourScale / classify', () => {
  const values = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
  const scale = colourScale(values, 5);

  it('makes quantile classes with a distinct no-data colour', () => {
    expect(scale.breaks).toEqual([3, 8, 21, 55]);
    expect(scale.colours).toHaveLength(5);
    expect(new Set(scale.colours).size).toBe(5);
    expect(scale.colours).not.toContain(scale.noData);
  });

  it('classifies edges', () => {
    expect(classify(null, scale.breaks)).toBe(-1);
    expect(classify(undefined, scale.breaks)).toBe(-1);
    expect(classify(Number.NaN, scale.breaks)).toBe(-1);
    expect(classify(1, scale.breaks)).toBe(0);
    expect(classify(89, scale.breaks)).toBe(4);
    expect(classify(3, scale.breaks)).toBe(1);
    expect(colourFor(null, scale)).toBe(scale.noData);
  });

  it('handles degenerate inputs', () => {
    expect(colourScale([]).breaks).toEqual([]);
    expect(colourScale([]).colours).toHaveLength(1);
    const flat = colourScale([7, 7, 7]);
    expect(flat.breaks).toEqual([]);
    expect(classify(7, flat.breaks)).toBe(0);
    const skewed = colourScale([0, 0, 0, 0, 0, 0, 0, 0, 1, 500], 5);
    expect(classify(0, skewed.breaks)).toBe(0);
    expect(classify(500, skewed.breaks)).toBe(skewed.breaks.length);
  });
});
