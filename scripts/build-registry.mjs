// Builds data/registry/{provinces,cities}.json and data/geo/china-provinces.topo.json.
//
// Origin: boundaries, adcodes, Chinese names and centre points come from DataV.GeoAtlas
// (Alibaba Cloud), as redistributed in the npm package @esmjs/geo (MIT-licensed code; the
// geographic data itself is DataV.GeoAtlas's, reused here as published). English names are
// pinyin from pinyin-pro, checked against the override table below.
// `centre` is the `center` field of the source (seat of the provincial / prefectural government).
// Map: the nine-dash-line feature (adchar "JD") and the South China Sea island polygons
// (south of 17.5°N, in Hainan's geometry) are dropped, as are detached islands under
// MIN_ISLAND_DEG2; they would need an inset. Taiwan, Hong Kong and Macau are kept as features in
// the TopoJSON but are not in the registry.
// The source rings are wound opposite to d3-geo's convention; they are re-wound below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as geo from '@esmjs/geo';
import { pinyin } from 'pinyin-pro';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, filter, filterAttachedWeight } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import { geoArea } from 'd3-geo';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const PROVINCES = {
  110000: ['北京', 'Beijing', 'east'],
  120000: ['天津', 'Tianjin', 'east'],
  130000: ['河北', 'Hebei', 'east'],
  140000: ['山西', 'Shanxi', 'central'],
  150000: ['内蒙古', 'Inner Mongolia', 'west'],
  210000: ['辽宁', 'Liaoning', 'northeast'],
  220000: ['吉林', 'Jilin', 'northeast'],
  230000: ['黑龙江', 'Heilongjiang', 'northeast'],
  310000: ['上海', 'Shanghai', 'east'],
  320000: ['江苏', 'Jiangsu', 'east'],
  330000: ['浙江', 'Zhejiang', 'east'],
  340000: ['安徽', 'Anhui', 'central'],
  350000: ['福建', 'Fujian', 'east'],
  360000: ['江西', 'Jiangxi', 'central'],
  370000: ['山东', 'Shandong', 'east'],
  410000: ['河南', 'Henan', 'central'],
  420000: ['湖北', 'Hubei', 'central'],
  430000: ['湖南', 'Hunan', 'central'],
  440000: ['广东', 'Guangdong', 'east'],
  450000: ['广西', 'Guangxi', 'west'],
  460000: ['海南', 'Hainan', 'east'],
  500000: ['重庆', 'Chongqing', 'west'],
  510000: ['四川', 'Sichuan', 'west'],
  520000: ['贵州', 'Guizhou', 'west'],
  530000: ['云南', 'Yunnan', 'west'],
  540000: ['西藏', 'Tibet', 'west'],
  610000: ['陕西', 'Shaanxi', 'west'],
  620000: ['甘肃', 'Gansu', 'west'],
  630000: ['青海', 'Qinghai', 'west'],
  640000: ['宁夏', 'Ningxia', 'west'],
  650000: ['新疆', 'Xinjiang', 'west'],
};
const MUNICIPALITIES = new Set([110000, 120000, 310000, 500000]);

// Conventional English names and verified polyphones (key: Chinese name without suffix).
const CITY_EN = {
  东莞: 'Dongguan', 揭阳: 'Jieyang', 台州: 'Taizhou', 泰州: 'Taizhou', 长沙: 'Changsha',
  重庆: 'Chongqing', 厦门: 'Xiamen', 蚌埠: 'Bengbu', 六安: "Lu'an", 西安: "Xi'an", 丽水: 'Lishui',
  菏泽: 'Heze', 宿迁: 'Suqian', 嘉兴: 'Jiaxing', 邢台: 'Xingtai', 汕头: 'Shantou', 潮州: 'Chaozhou',
  中山: 'Zhongshan', 无锡: 'Wuxi', 湖州: 'Huzhou', 滨州: 'Binzhou', 泰安: "Tai'an", 长春: 'Changchun',
  长治: 'Changzhi', 大理: 'Dali', 乐山: 'Leshan', 乐东: 'Ledong', 朝阳: 'Chaoyang', 宿州: 'Suzhou',
  苏州: 'Suzhou', 亳州: 'Bozhou', 儋州: 'Danzhou', 莆田: 'Putian', 濮阳: 'Puyang', 澄迈: 'Chengmai',
  吕梁: 'Lüliang', 普洱: "Pu'er", 金华: 'Jinhua', 温州: 'Wenzhou', 泉州: 'Quanzhou', 宁波: 'Ningbo',
  杭州: 'Hangzhou', 徐州: 'Xuzhou', 广州: 'Guangzhou', 佛山: 'Foshan', 石家庄: 'Shijiazhuang',
  哈尔滨: 'Harbin', 齐齐哈尔: 'Qiqihar', 大兴安岭: 'Da Hinggan Ling',
  呼和浩特: 'Hohhot', 鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab', 兴安: 'Hinggan', 锡林郭勒: 'Xilingol', 阿拉善: 'Alxa',
  乌鲁木齐: 'Urumqi', 克拉玛依: 'Karamay', 吐鲁番: 'Turpan', 哈密: 'Hami', 昌吉: 'Changji',
  博尔塔拉: 'Bortala', 巴音郭楞: 'Bayingolin', 阿克苏: 'Aksu', 克孜勒苏: 'Kizilsu', 喀什: 'Kashgar',
  和田: 'Hotan', 伊犁: 'Ili', 塔城: 'Tacheng', 阿勒泰: 'Altay', 阿拉尔: 'Aral', 图木舒克: 'Tumxuk',
  可克达拉: 'Kokdala',
  拉萨: 'Lhasa', 日喀则: 'Xigaze', 昌都: 'Qamdo', 林芝: 'Nyingchi', 那曲: 'Nagqu', 阿里: 'Ngari',
  果洛: 'Golog', 阿坝: 'Ngawa', 甘孜: 'Garze', 迪庆: 'Diqing', 西双版纳: 'Xishuangbanna',
};

const ETHNIC = ['朝鲜族', '藏族', '羌族', '彝族', '回族', '蒙古族', '蒙古', '土家族', '苗族', '侗族', '布依族',
  '哈尼族', '壮族', '傣族', '白族', '景颇族', '傈僳族', '黎族', '柯尔克孜', '哈萨克'];
const AUTONOMOUS = new RegExp(`^(.+?)(?:${ETHNIC.join('|')})+自治[州县]$`);

function baseName(nameZh) {
  const auto = nameZh.match(AUTONOMOUS);
  if (auto) return auto[1];
  if (nameZh.includes('自治')) throw new Error(`Unhandled autonomous name: ${nameZh}`);
  return nameZh.replace(/(林区|地区|市|盟|县)$/, '');
}

function toEnglish(nameZh) {
  const base = baseName(nameZh);
  if (CITY_EN[base]) return CITY_EN[base];
  const syllables = pinyin(base, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/v/g, 'ü'));
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const round = (n) => Math.round(n * 1e6) / 1e6;
const centreOf = (p) => [round(p.center[0]), round(p.center[1])];
const provinceOf = (adcode) => Math.floor(adcode / 10000) * 10000;

const provinceFeatures = geo.china.features.filter((f) => f.properties.adchar !== 'JD');
const mainland = provinceFeatures.filter((f) => PROVINCES[f.properties.adcode]);

const provinces = mainland
  .map((f) => {
    const { adcode, name } = f.properties;
    const [shortZh, nameEn, region] = PROVINCES[adcode];
    if (!name.startsWith(shortZh)) throw new Error(`${adcode}: ${name} does not start with ${shortZh}`);
    return { adcode, nameZh: name, shortZh, nameEn, region, centre: centreOf(f.properties) };
  })
  .sort((a, b) => a.adcode - b.adcode);
if (provinces.length !== 31) throw new Error(`Expected 31 provinces, got ${provinces.length}`);

const cities = [];
for (const p of provinces) {
  if (MUNICIPALITIES.has(p.adcode)) {
    cities.push({ adcode: p.adcode + 100, nameZh: p.nameZh, nameEn: p.nameEn, provinceAdcode: p.adcode, centre: p.centre });
  }
}
for (const [key, collection] of Object.entries(geo)) {
  if (key === 'china') continue;
  for (const f of collection.features) {
    const { adcode, name, level } = f.properties;
    if (level !== 'city') continue;
    const provinceAdcode = provinceOf(adcode);
    if (!PROVINCES[provinceAdcode] || MUNICIPALITIES.has(provinceAdcode)) continue;
    cities.push({ adcode, nameZh: name, nameEn: toEnglish(name), provinceAdcode, centre: centreOf(f.properties) });
  }
}
cities.sort((a, b) => a.adcode - b.adcode);
for (const p of provinces) {
  if (!cities.some((c) => c.provinceAdcode === p.adcode)) throw new Error(`No city for ${p.nameZh}`);
}
if (new Set(cities.map((c) => c.adcode)).size !== cities.length) throw new Error('Duplicate city adcode');

function ringArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s / 2;
}
const same = (a, b) => a[0] === b[0] && a[1] === b[1];
function clean(ring) {
  const out = [];
  for (const pt of ring) {
    if (out.length && same(out[out.length - 1], pt)) continue;
    if (out.length > 1 && same(out[out.length - 2], pt)) {
      out.pop();
      continue;
    }
    out.push(pt);
  }
  if (out.length && !same(out[0], out[out.length - 1])) out.push(out[0]);
  return out;
}
function windPolygon(rings) {
  return rings.map(clean).filter((r) => r.length >= 4).map((ring, i) => {
    const clockwise = ringArea(ring) < 0;
    return (i === 0) === clockwise ? ring : [...ring].reverse();
  });
}
const SOUTH_SEA_MAX_LAT = 17.5;
const inSouthSea = (polygon) => polygon[0].every(([, lat]) => lat < SOUTH_SEA_MAX_LAT);
function rewind(geometry) {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: windPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.filter((p) => !inSouthSea(p)).map(windPolygon) };
  }
  throw new Error(`Unexpected geometry ${geometry.type}`);
}

const collection = {
  type: 'FeatureCollection',
  features: provinceFeatures
    .map((f) => ({
      type: 'Feature',
      properties: { adcode: Number(f.properties.adcode), name: f.properties.name },
      geometry: rewind(f.geometry),
    }))
    .sort((a, b) => a.properties.adcode - b.properties.adcode),
};

const KEEP_POINTS = 0.5; // share of non-junction points kept by Visvalingam simplification (~67 KB output)
const MIN_ISLAND_DEG2 = 0.004; // detached rings smaller than this many square degrees are dropped
const QUANTIZATION = 1e4;
let topo = presimplify(topology({ provinces: collection }, 1e5));
topo = simplify(topo, quantile(topo, KEEP_POINTS));
topo = filter(topo, filterAttachedWeight(topo, MIN_ISLAND_DEG2));
topo = quantize(topo, QUANTIZATION);

for (const f of feature(topo, topo.objects.provinces).features) {
  const a = geoArea(f);
  if (!(a > 0 && a < 0.2)) throw new Error(`Bad winding for ${f.properties.name}: area ${a} sr`);
}

function write(rel, value) {
  const file = join(root, rel);
  mkdirSync(dirname(file), { recursive: true });
  const text = rel.endsWith('.topo.json') ? JSON.stringify(value) : `[\n${value.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  writeFileSync(file, text);
  console.log(`${rel}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
write('data/registry/provinces.json', provinces);
write('data/registry/cities.json', cities);
write('data/geo/china-provinces.topo.json', topo);

const odd = [...provinces, ...cities].filter((r) => !/^[A-Z][A-Za-zü' ]*$/.test(r.nameEn));
console.log(`${provinces.length} provinces, ${cities.length} cities, ${topo.objects.provinces.geometries.length} map features`);
console.log(odd.length ? `Names to check:\n${odd.map((r) => `  ${r.adcode} ${r.nameZh} ${r.nameEn}`).join('\n')}` : 'Name check: no odd characters');
