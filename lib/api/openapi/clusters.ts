import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { CLUSTER_IDS } from '@/lib/views/clusters/common.ts';

// Documents GET /api/v1/clusters/{id}. The response schemas mirror the types in lib/views/clusters/*.ts
// (tests/unit/clusters-pages.test.ts parses the real case studies with them, so the two stay in step).
// No `.openapi()` calls, so this module does not depend on the zod extension.

const error = z.object({
  error: z.string().describe('e.g. "invalid cluster id"'),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});

const localText = z.object({ en: z.string(), zh: z.string().describe('Chinese translation written for Cluster Atlas, not quoted from the paper') });
const sourceRef = z
  .object({
    sourceId: z.string().describe('The paper: its entry in /api/v1/sources, e.g. seed001-xia-wenzhou (replaces the former `file`, the paper\'s text file name)'),
    where: z.string().describe('Table, figure or section of the paper'),
    quote: z.string().nullable().describe('Exact (whitespace-normalised) sentence from the paper'),
    alsoQuotes: z.array(z.string()),
  })
  .describe('Where a value was read');
const note = z.object({
  id: z.string(),
  kind: z.string(),
  textEn: z.string(),
  textZh: z.string(),
  sourceId: z.string().nullable().describe('Entry in /api/v1 sources (null: editorial note by the compilers)'),
  source: sourceRef.nullable(),
});
const keyFigure = z.object({
  id: z.string(),
  label: localText,
  value: z.number(),
  unit: z.string().describe('villages, rank, stores, enterprises, percent, yuan, …'),
  qualifier: z.enum(['about', 'more than']).nullable(),
  year: z.number().int().nullable(),
  yearNote: localText.nullable(),
  baseYear: z.number().int().nullable(),
  aboutCluster: z.string(),
  scope: localText.nullable(),
  rank: z.object({ value: z.number().int(), note: localText }).nullable(),
  source: sourceRef,
  note: localText.nullable(),
  notes: z.array(note).describe('The data notes that concern this figure'),
});

// Table 1 has exactly three levels, so the tree is spelled out level by level (a recursive schema
// would need a registered $ref, which this module avoids).
const nodeFields = {
  id: z.string().describe('Path id, e.g. "the-government-behavior/base-installation"'),
  namePrinted: z.string().describe('As printed in Table 1'),
  nameZh: z.string(),
  zhUncertain: z.boolean(),
  source: sourceRef,
  noteIds: z.array(z.string()).describe('Resolved in data.notes'),
  childrenNote: localText.nullable(),
  counts: z.object({ level2: z.number().int(), level3: z.number().int() }).describe('Indicators below this node, per level'),
};
const level3Node = z.object({ ...nodeFields, level: z.literal(3), children: z.array(z.object({})).max(0).describe('Always empty: the third level is the last') });
const level2Node = z.object({ ...nodeFields, level: z.literal(2), children: z.array(level3Node) });
const indexNode = z.object({ ...nodeFields, level: z.literal(1), children: z.array(level2Node) });
const point = z.object({ id: z.string(), text: localText, source: sourceRef, noteIds: z.array(z.string()) });
const links = z.record(z.string(), z.string()).describe('Related pages; prefix with /{locale}');

export const wenzhouCaseStudySchema = z.object({
  id: z.literal('wenzhou'),
  title: localText,
  paper: z.object({ title: z.string(), authors: z.array(z.string()), year: z.number().int().nullable(), yearNote: localText, source: sourceRef, sourceId: z.string().nullable() }),
  translationNote: localText,
  cluster: z.object({ name: localText, province: localText, provinceAdcode: z.number().int(), source: sourceRef }),
  fieldwork: z.object({ text: localText, source: sourceRef }),
  keyFigures: z.array(keyFigure),
  otherFigures: z.array(keyFigure).describe('Figures the paper cites about other clusters'),
  indexSystem: z.object({
    titlePrinted: z.string(),
    subtitlePrinted: z.string(),
    titleZh: z.string(),
    columnsPrinted: z.array(z.string()),
    columnsZh: z.array(z.string()),
    connotationNote: localText,
    counts: z.object({ level1: z.number().int(), level2: z.number().int(), level3: z.number().int() }),
    source: sourceRef,
    noteIds: z.array(z.string()),
    tree: z.array(indexNode),
  }),
  developmentFactors: z.object({
    titlePrinted: z.string(),
    titleZh: z.string(),
    columnsPrinted: z.array(z.string()),
    source: sourceRef,
    framework: z.object({ text: localText, source: sourceRef }),
    factors: z.array(z.object({ id: z.string(), factorPrinted: z.string(), factorZh: z.string(), text: localText, source: sourceRef, noteIds: z.array(z.string()) })),
  }),
  problems: z.array(z.object({ id: z.string(), text: localText, source: sourceRef })),
  notes: z.array(note),
  links,
});

export const crossBorderCaseStudySchema = z.object({
  id: z.literal('cross-border'),
  title: localText,
  paper: z.object({ title: z.null(), titleNote: localText, figuresNote: localText, source: sourceRef, sourceId: z.string().nullable() }),
  translationNote: localText,
  logisticsOverview: z.array(point),
  logisticsModels: z.array(
    z.object({
      id: z.string(),
      namePrinted: z.string(),
      name: localText,
      whatThePaperSays: localText,
      advantages: z.string().nullable().describe('null: the paper does not state any'),
      disadvantages: z.string().nullable().describe('null: the paper does not state any'),
      notStated: localText.nullable(),
      source: sourceRef,
      noteIds: z.array(z.string()),
    }),
  ),
  governmentRole: z.array(point),
  talentShortage: z.array(point),
  otherPoints: z.array(point),
  scale: z.object({ figures: z.array(keyFigure), seriesIds: z.array(z.string()).describe('/api/v1/series/{id}; different definitions, never spliced'), notes: z.array(note) }),
  yongkang: z.object({ name: localText, paperTitle: z.string(), authors: z.array(z.string()), source: sourceRef, sourceId: z.string().nullable(), figures: z.array(keyFigure) }),
  notes: z.array(note),
  links,
});

const otherCaseStudy = z.object({ id: z.string() }).passthrough().describe('Another registered case study (e.g. yongkang), as its module returns it');

export const clusterResponseSchema = z.object({
  data: z.union([wenzhouCaseStudySchema, crossBorderCaseStudySchema, otherCaseStudy]),
  meta: z.object({ id: z.string(), clusters: z.array(z.string()).describe('Every known cluster id') }),
});

export function register(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/clusters/{id}',
    summary: 'One cluster case study: key figures with their sources, the index tree, development factors and data notes',
    description: `Known ids: ${CLUSTER_IDS.join(', ')}. Every value names the seed paper file and the table or section it was read from. No query parameters.`,
    request: { params: z.object({ id: z.enum(CLUSTER_IDS as [string, ...string[]]).describe('Cluster id') }) },
    responses: {
      200: { description: 'The case study', content: { 'application/json': { schema: clusterResponseSchema } } },
      400: { description: 'Unknown cluster id (issues[0].path is ["id"] and the message lists the known ids) or a query parameter', content: { 'application/json': { schema: error } } },
    },
  });
}
