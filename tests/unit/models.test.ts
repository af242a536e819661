import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { modelsResponse } from '@/lib/views/models-api.ts';
import { resolve } from 'node:path';
import { loadDataFiles } from '@/lib/data/load-data-files.ts';
import { guideModels } from '@/lib/views/models-section.ts';
import { checkModel, LEVELS, paperDemandOrder, rankModels, type ClusterLevels, type GuideModel, type Level } from '@/lib/metrics/model-guide.ts';
import { cellState, levelLabel, MATRIX_CSV_COLUMNS, matrixCsv, matrixRows } from '@/lib/views/models-matrix.ts';
import { clusterLevelsOf, guideQuery, guideQueryStrict, parseGuideParams } from '@/lib/schemas/models.ts';
import { excerpt } from './seed-excerpts.ts';

// The section as the seed parses it from data/ (the store holds the same: tests/integration/models-store.test.ts).
const section = loadDataFiles(resolve(import.meta.dirname, '../../data')).models;
const { models: businessModels, guide: guideRules } = section;
const models = guideModels(section);
const order = (levels: ClusterLevels) => rankModels(levels, models).map((e) => e.model);
const L = (capital: Level, informatisation: Level, management: Level): ClusterLevels => ({ capital, informatisation, management });

const SEED_000 = '000_8bf69b5fac631699.txt';

// Sentences of seed 000 (section "Analysis of Advantages and Disadvantages of Different Business
// Models in Industrial Agglomeration") that the expected orders below rest on.
const B2C_COMPARED = 'Compared with the C2C and O2O models, the selection of the B2C e-commerce model requires that the industrial agglomeration area has a good organizational management level and complete information construction, because all activities are carried out online.';
const B2C_MONEY = 'Among the three e-commerce models, the B2C model has the highest information security requirements and requires more financial support and sufficient strength to ensure smooth transactions.';
const C2C_LOW = 'For industries with insufficient funds, low level of enterprise informatization and low management level, C2C e-commerce model can be selected.';
const C2C_BELOW_O2O = 'Therefore, it is necessary to reduce the investment cost of the C2C e-commerce model, and its management level and informatization level are lower than the B2C and O2O e-commerce models.';
const O2O_PLATFORM = 'For the O2O model, the network becomes the platform for offline transactions.';
const B2B_LISTED = 'E-commerce includes many models, such as B2B (Ning et al., 2018) (Business to Business), B2C (Business to Consumer), C2C (Consumer to Consumer), and O2O (Online to Offline).';

describe('paper ranking of the models by what they require', () => {
  it('reads B2C > O2O > C2C off the stated minimums, and leaves B2B out', () => {
    expect(paperDemandOrder(models)).toEqual(['B2C', 'O2O', 'C2C']);
  });

  it('rests on the two comparative sentences, which are in the data and in seed 000', () => {
    const o2o = businessModels.find((m) => m.id === 'O2O')!.requirements.informatisation;
    expect(o2o.quote).toBe(B2C_COMPARED);
    expect(o2o.alsoQuotes).toContain(C2C_BELOW_O2O);
    const text = excerpt(SEED_000); // tests/fixtures/seed-excerpts
    for (const s of [B2C_COMPARED, B2C_MONEY, C2C_LOW, C2C_BELOW_O2O, O2O_PLATFORM, B2B_LISTED]) expect(text).toContain(s);
  });
});

describe('rankModels on the data: inputs → order, with the sentences followed', () => {
  it.each([
    // capital, informatisation, management → order; why (the sentences)
    [L(1, 1, 1), ['C2C', 'B2C', 'O2O', 'B2B'], 'low everywhere: only C2C is within reach ("insufficient funds, low ... informatization and low management level, C2C ... can be selected")'],
    [L(2, 2, 2), ['O2O', 'C2C', 'B2C', 'B2B'], 'medium: O2O (between C2C and B2C) and C2C are within reach; B2C needs high'],
    [L(3, 3, 3), ['B2C', 'O2O', 'C2C', 'B2B'], 'high: all three compared models are within reach, most demanding first'],
    [L(3, 1, 3), ['C2C', 'B2C', 'O2O', 'B2B'], 'low informatisation rules out B2C and O2O'],
    [L(1, 3, 3), ['O2O', 'C2C', 'B2C', 'B2B'], 'low capital: B2C out; O2O is within reach because the paper gives it no capital minimum'],
    [L(3, 3, 2), ['O2O', 'C2C', 'B2C', 'B2B'], 'medium management rules out B2C only'],
  ] as const)('%o → %o (%s)', (levels, expected, why) => {
    expect(order(levels), why).toEqual(expected);
  });

  it('shows for each model the sentences its rule follows', () => {
    const byModel = Object.fromEntries(rankModels(L(2, 2, 2), models).map((e) => [e.model, e]));
    expect(byModel.B2C!.sentences).toEqual([B2C_COMPARED, B2C_MONEY, 'This model puts forward higher requirements for industrial agglomeration enterprises.']);
    expect(byModel.O2O!.sentences).toEqual([B2C_COMPARED, C2C_BELOW_O2O, O2O_PLATFORM]);
    expect(byModel.C2C!.sentences[0]).toBe(C2C_LOW);
    expect(byModel.B2B!.sentences).toEqual([B2B_LISTED]);
    for (const e of Object.values(byModel)) {
      expect(e.sentences).toEqual(guideRules.models.find((m) => m.model === e.model)!.sentencesFollowed);
    }
  });

  it('reports each dimension: met, unmet, paper silent, or not an input (information security)', () => {
    const [first, second, third, fourth] = rankModels(L(1, 3, 3), models);
    expect(first!.model).toBe('O2O');
    expect(first!.status).toBe('within-reach');
    expect(first!.checks.map((c) => [c.dimension, c.outcome])).toEqual([
      ['capital', 'paper-silent'],
      ['informatisation', 'met'],
      ['management', 'met'],
      ['informationSecurity', 'not-asked'],
    ]);
    expect(first!.checks[1]).toMatchObject({ required: 2, cluster: 3, support: 'comparative', quote: B2C_COMPARED });
    expect(second).toMatchObject({ model: 'C2C', status: 'within-reach', paperRank: 3 });
    expect(third).toMatchObject({ model: 'B2C', status: 'out-of-reach', paperRank: 1 });
    expect(third!.checks[0]).toMatchObject({ dimension: 'capital', required: 3, cluster: 1, outcome: 'unmet', quote: B2C_MONEY });
    expect(fourth).toMatchObject({ model: 'B2B', status: 'paper-silent', paperRank: null });
    expect(fourth!.checks.every((c) => c.quote === null)).toBe(true);
  });

  it('for every one of the 27 inputs: C2C within reach, B2B last as "the paper does not say", groups in order', () => {
    const rank = { 'within-reach': 0, 'out-of-reach': 1, 'paper-silent': 2 };
    for (const c of LEVELS) for (const i of LEVELS) for (const m of LEVELS) {
      const entries = rankModels(L(c, i, m), models);
      expect(entries.map((e) => e.position)).toEqual([1, 2, 3, 4]);
      expect(entries.find((e) => e.model === 'C2C')!.status).toBe('within-reach');
      expect(entries.at(-1)).toMatchObject({ model: 'B2B', status: 'paper-silent' });
      const groups = entries.map((e) => rank[e.status]);
      expect(groups).toEqual([...groups].sort());
      // B2C is within reach exactly when all three inputs are high.
      expect(entries.find((e) => e.model === 'B2C')!.status).toBe(c === 3 && i === 3 && m === 3 ? 'within-reach' : 'out-of-reach');
      // O2O depends on informatisation and management only (its capital minimum is null).
      expect(entries.find((e) => e.model === 'O2O')!.status).toBe(i >= 2 && m >= 2 ? 'within-reach' : 'out-of-reach');
    }
  });
});

describe('rankModels as a pure function (synthetic models)', () => {
  const none = { quote: null, alsoQuotes: [], noteEn: '', noteZh: '' };
  const ev = { capital: none, informatisation: none, management: none, informationSecurity: none };
  const mk = (model: string, capital: Level | null, informatisation: Level | null, management: Level | null): GuideModel => ({
    model,
    minimum: { capital, informatisation, management, informationSecurity: null },
    support: { capital: null, informatisation: null, management: null, informationSecurity: null },
    sentencesFollowed: [`${model} sentence`],
    evidence: ev,
  });

  it('orders within reach, then out of reach, then silent; inside a group by demand; ties keep input order', () => {
    const input = [mk('silent', null, null, null), mk('easy', 1, 1, 1), mk('hard', 3, 3, 3), mk('mid', 2, 2, null), mk('easy2', 1, 1, 1)];
    expect(paperDemandOrder(input)).toEqual(['hard', 'mid', 'easy', 'easy2']);
    expect(rankModels(L(2, 2, 2), input).map((e) => [e.model, e.status])).toEqual([
      ['mid', 'within-reach'],
      ['easy', 'within-reach'],
      ['easy2', 'within-reach'],
      ['hard', 'out-of-reach'],
      ['silent', 'paper-silent'],
    ]);
  });

  it('a model with minimums only on information security is "paper silent" for the three inputs', () => {
    const m: GuideModel = { ...mk('sec', null, null, null), minimum: { capital: null, informatisation: null, management: null, informationSecurity: 3 } };
    expect(checkModel(L(1, 1, 1), m).status).toBe('paper-silent');
  });

  it('does not mutate its inputs', () => {
    const input = [mk('a', 1, 1, 1), mk('b', 3, 3, 3)];
    const copy = structuredClone(input);
    rankModels(L(1, 1, 1), input);
    expect(input).toEqual(copy);
  });
});

describe('guide query (shared by the page and the API)', () => {
  it('accepts 1–3 for capital, info and mgmt, together or not at all', () => {
    expect(guideQuery.parse({ capital: '1', info: '2', mgmt: '3' })).toEqual({ capital: 1, info: 2, mgmt: 3 });
    expect(guideQuery.parse({})).toEqual({});
    expect(clusterLevelsOf(guideQuery.parse({ capital: '3', info: '1', mgmt: '2' }))).toEqual({ capital: 3, informatisation: 1, management: 2 });
    expect(clusterLevelsOf({})).toBeNull();
  });

  it.each([
    [{ capital: '4', info: '2', mgmt: '2' }, 'capital'],
    [{ capital: '1', info: 'high', mgmt: '2' }, 'info'],
    [{ capital: '1', info: '2', mgmt: '0' }, 'mgmt'],
    [{ capital: ['1', '2'], info: '2', mgmt: '2' }, 'capital'],
    [{ capital: '1', info: '2' }, 'mgmt'],
  ])('rejects %o naming %s', (input, field) => {
    const r = guideQuery.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it('the strict (API) version rejects unknown parameters; the page drops bad values and reports them', () => {
    expect(guideQueryStrict.safeParse({ capital: '1', info: '1', mgmt: '1', x: '1' }).success).toBe(false);
    const page = parseGuideParams({ capital: '9', info: '2', mgmt: '2', other: 'ignored' });
    expect(page.query).toEqual({ info: 2, mgmt: 2 });
    expect(page.invalid.some((s) => s.startsWith('capital'))).toBe(true);
    expect(clusterLevelsOf(page.query)).toBeNull();
  });
});

describe('requirement matrix and its CSV', () => {
  it('has 4 models × 5 dimensions; a cell without a level says why', () => {
    const rows = matrixRows(section);
    expect(rows).toHaveLength(20);
    const state = (m: string, d: string) => cellState(rows.find((r) => r.model === m && r.dimension === d)!.cell);
    expect(state('B2B', 'capital')).toBe('notStated');
    expect(state('O2O', 'capital')).toBe('bounded');
    expect(state('O2O', 'informatisation')).toBe('level');
    expect(state('C2C', 'platformRole')).toBe('descriptive');
    expect(state('B2B', 'platformRole')).toBe('notStated');
    for (const r of rows) {
      if (r.cell.level !== null) expect(r.cell.quote, `${r.model}/${r.dimension}`).toBeTruthy();
    }
  });

  it('CSV: BOM, one row per cell, same levels, labels and quotes as the matrix', () => {
    for (const lang of ['en', 'zh'] as const) {
      const csv = matrixCsv(section, lang);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
      expect(parsed.meta.fields).toEqual([...MATRIX_CSV_COLUMNS]);
      const rows = matrixRows(section);
      expect(parsed.data).toHaveLength(rows.length);
      parsed.data.forEach((r, i) => {
        const m = rows[i]!;
        expect(r).toMatchObject({
          model: m.model,
          dimension: m.dimension,
          level: m.cell.level === null ? '' : String(m.cell.level),
          level_label: levelLabel(m.cell, lang),
          quote: m.cell.quote ?? '',
          where: m.cell.where,
          source_id: m.cell.source.sourceId,
        });
      });
    }
    expect(levelLabel({ level: 3, support: 'explicit', ordinal: true, quote: 'x' }, 'zh')).toBe('高');
  });
});

describe('API body', () => {
  it('has data.models, data.platformTypes, data.guide and meta.sources/notes; guideResult only with levels', () => {
    const plain = modelsResponse(section, {});
    expect(plain.data.models.map((m) => m.id)).toEqual(['B2B', 'B2C', 'C2C', 'O2O']);
    expect(plain.data.platformTypes.types.map((p) => p.id)).toEqual(['portal', 'store-in-store', 'c2c', 'b2b', 'b2c']);
    expect(plain.data.guide.ordering.order).toEqual(['B2C', 'O2O', 'C2C']);
    expect('guideResult' in plain.data).toBe(false);
    expect(plain.meta.sources).toContainEqual({ sourceId: 'seed000-agglomeration-big-data', where: 'Analysis of Advantages and Disadvantages of Different Business Models in Industrial Agglomeration' });
    expect(plain.meta.sources.some((s) => s.sourceId === 'seed004-ecommerce-platform-types')).toBe(true);
    expect(plain.meta.notes.every((n) => n.dataset === 'models')).toBe(true);
    const withLevels = modelsResponse(section, { capital: 1, info: 1, mgmt: 1 });
    expect(withLevels.data.guideResult!.entries.map((e) => e.model)).toEqual(['C2C', 'B2C', 'O2O', 'B2B']);
  });
});
