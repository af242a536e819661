import provinces from '@/data/registry/provinces.json';
import cities from '@/data/registry/cities.json';

export type ProvinceEntry = (typeof provinces)[number];
export type CityEntry = (typeof cities)[number];

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const STRIP_ZH = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;

const provinceIndex = new Map<string, ProvinceEntry>();
for (const p of provinces) {
  for (const key of [String(p.adcode), p.nameZh, p.shortZh, p.nameEn, p.nameZh.replace(STRIP_ZH, '')]) {
    provinceIndex.set(normalise(key), p);
  }
  provinceIndex.set(normalise(`${p.nameEn} province`), p);
}

/** Resolves an adcode, an English name ("Zhejiang", "zhejiang province") or a Chinese name ("浙江", "浙江省"). */
export function findProvince(query: string): ProvinceEntry | undefined {
  return provinceIndex.get(normalise(query));
}

export const allProvinces: readonly ProvinceEntry[] = provinces;
export const allCities: readonly CityEntry[] = cities;

const cityByAdcode = new Map(cities.map((c) => [c.adcode, c]));
export const findCityByAdcode = (adcode: number) => cityByAdcode.get(adcode);
