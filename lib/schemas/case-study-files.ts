import { z } from 'zod';
import { paperSourceId } from '@/lib/schemas/paper-source-id.ts';

/*
 * The shapes of the case-study files (data/clusters/*.json), as the seed reads them
 * (lib/data/seed-cases.ts) and as lib/queries/clusters/* give them back from the store.
 * Every value is the paper's as printed; OCR damage is kept and explained by data notes.
 */

/** Where a value was read: the paper (its source id), the table/section, and the exact sentence(s). */
export const sourceRefSchema = z.object({
  sourceId: paperSourceId,
  where: z.string().min(1),
  quote: z.string().min(1).optional(),
  alsoQuotes: z.array(z.string().min(1)).optional(),
});
export type SourceRefRecord = z.output<typeof sourceRefSchema>;

export const qualifierSchema = z.enum(['about', 'more than']).nullable();

/** The fields of every prose figure in data/clusters/*.json; a file adds its own (notes, ranks, …) with .extend(). */
export const figureSchema = z.object({
  id: z.string().min(1),
  labelEn: z.string().min(1),
  labelZh: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  qualifier: qualifierSchema,
  year: z.number().int().nullable(),
  source: sourceRefSchema,
  noteIds: z.array(z.string()),
});

/** A note of data/clusters/notes.json (the case studies' and the business models' notes). */
export const clusterNoteRecord = z.object({
  id: z.string().min(1),
  dataset: z.string(),
  scope: z.record(z.string(), z.unknown()),
  kind: z.string().min(1),
  sourceId: z.string().nullable(),
  textEn: z.string().min(1),
  textZh: z.string().min(1),
  source: sourceRefSchema,
});

// ---------------------------------------------------------------- data/clusters/yongkang.json (seed 003)

export const CONSTRUCT_IDS = ['F1', 'F2', 'F3', 'M', 'Y'] as const;
export type ConstructId = (typeof CONSTRUCT_IDS)[number];
const constructId = z.enum(CONSTRUCT_IDS);
const noteIds = z.array(z.string().min(1));
/** The prose claims shown with a table, in the order the page shows them. */
const claimIds = z.array(z.string().min(1));
export const thresholdSchema = z.object({ op: z.enum(['>=', '<=', '>', '<']), value: z.number() });

/*
 * Where the Yongkang data notes sit in the seven SEM tables of the page and API (a fact of the paper's
 * tables, not of the code that renders them). Per table:
 *   columnNotes  notes shown in a column's header;
 *   rowNotes     where a note a row carries (its noteIds) sits: the rules naming that note, or else the
 *                rules without a noteId (the default); every rule whose `when` holds applies, in order;
 *   cellNotes    notes the table puts on cells itself, where `when` holds (and only on the `rows` named);
 *   tableNotes   the notes shown with the table, where they differ from the printed table's noteIds.
 * `when` names a test of the row (or cell) that the table builder evaluates; the column "diagonal" is
 * the row's own construct (Table 2's diagonal cell).
 */
export const SEM_TABLE_COLUMNS = {
  items: ['construct', 'item_id', 'text', 'loading', 'alpha_printed'],
  reliability: ['construct', 'construct_name', 'items', 'loadings_used', 'alpha_printed_1', 'alpha_printed_2', 'ave_printed', 'ave_recomputed', 'ave_difference', 'cr_recomputed'],
  validity: ['construct', 'ave', ...CONSTRUCT_IDS, 'diagonal', 'sqrt_ave_recomputed', 'diagonal_matches', 'max_correlation', 'max_correlation_with', 'fornell_larcker_passes'],
  fit: ['index', 'value', 'threshold_printed', 'judgment_printed', 'meets_threshold', 'acceptable_threshold', 'meets_acceptable'],
  paths: ['path', 'estimate', 'se', 'cr', 'estimate_over_se', 'sig_printed', 'hypothesis', 'outcome_printed'],
  mediation: ['model', 'effect', 'point_estimate', 'se', 'z', 'ci_lower', 'ci_upper', 'unlabelled_column', 'proportion_pct', 'share_recomputed_pct', 'share_in_prose_pct', 'ci_excludes_zero', 'hypothesis'],
  sample: ['dimension', 'category', 'share_pct', 'count'],
} as const;
export type SemTableId = keyof typeof SEM_TABLE_COLUMNS;

export const NOTE_CONDITIONS = [
  'itemIdPrinted',
  'itemIdNotPrinted',
  'twoAlphasPrinted',
  'loadingsSkipped',
  'cellHasValue',
  'diagonalMismatch',
  'acceptableThreshold',
  'sigTripleStar',
  'notTotalEffect',
] as const;
export type NoteCondition = (typeof NOTE_CONDITIONS)[number];

/** The tests each table's builder answers (lib/views/clusters/yongkang-tables.ts): a rule may name only these. */
export const SEM_TABLE_CONDITIONS: Record<SemTableId, readonly NoteCondition[]> = {
  items: ['itemIdPrinted', 'itemIdNotPrinted'],
  reliability: ['twoAlphasPrinted', 'loadingsSkipped'],
  validity: ['cellHasValue', 'diagonalMismatch'],
  fit: ['acceptableThreshold'],
  paths: ['sigTripleStar'],
  mediation: ['notTotalEffect'],
  sample: [],
};

function tablePlacementSchema(table: SemTableId) {
  const known: readonly string[] = SEM_TABLE_COLUMNS[table];
  const unknown = (column: string) => `unknown column "${column}" of the ${table} table (its columns: ${known.join(', ')})`;
  // Checked per rule (not per list entry) so a bad placement is reported as "rowNotes row 2, column columns".
  const rule = z
    .object({
      noteId: z.string().min(1).optional(),
      rows: z.array(z.string().min(1)).optional(),
      columns: z.array(z.string().min(1)).min(1),
      when: z.enum(NOTE_CONDITIONS).optional(),
    })
    .superRefine((r, ctx) => {
      for (const c of r.columns) if (!known.includes(c)) ctx.addIssue({ code: 'custom', path: ['columns'], message: unknown(c) });
      if (r.when && !SEM_TABLE_CONDITIONS[table].includes(r.when)) {
        ctx.addIssue({ code: 'custom', path: ['when'], message: `the ${table} table cannot test "${r.when}" (it tests: ${SEM_TABLE_CONDITIONS[table].join(', ') || 'nothing'})` });
      }
    });
  return z.object({
    columnNotes: z
      .record(z.string(), z.array(z.string().min(1)))
      .superRefine((notes, ctx) => {
        for (const c of Object.keys(notes)) if (!known.includes(c)) ctx.addIssue({ code: 'custom', path: [c], message: unknown(c) });
      })
      .default({}),
    rowNotes: z.array(rule).default([]),
    cellNotes: z.array(rule.and(z.object({ noteId: z.string().min(1) }))).default([]),
    tableNotes: z.array(z.string().min(1)).optional(),
  });
}

export const semNotePlacementSchema = z.object({
  items: tablePlacementSchema('items'),
  reliability: tablePlacementSchema('reliability'),
  validity: tablePlacementSchema('validity'),
  fit: tablePlacementSchema('fit'),
  paths: tablePlacementSchema('paths'),
  mediation: tablePlacementSchema('mediation'),
  sample: tablePlacementSchema('sample'),
});
export type SemNotePlacement = z.output<typeof semNotePlacementSchema>;
export type SemTablePlacement = SemNotePlacement[SemTableId];

export const yongkangFileSchema = z.object({
  meta: z.object({
    titleEn: z.string(),
    titleZh: z.string(),
    paperTitle: z.string(),
    authors: z.array(z.string()),
    paperYear: z.number().nullable(),
    paperYearNoteEn: z.string(),
    paperYearNoteZh: z.string(),
    software: z.string(),
    zhNoteEn: z.string(),
    zhNoteZh: z.string(),
    source: sourceRefSchema,
  }),
  cluster: z.object({ id: z.literal('yongkang'), nameEn: z.string(), nameZh: z.string(), province: z.string(), provinceZh: z.string(), source: sourceRefSchema }),
  constructs: z.array(
    z.object({
      id: constructId,
      namePrinted: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      role: z.enum(['independent', 'mediator', 'dependent']),
      definitionEn: z.string(),
      definitionZh: z.string(),
      source: sourceRefSchema,
    }),
  ),
  hypotheses: z.array(
    z.object({
      id: z.string().regex(/^H\d$/),
      textEn: z.string(),
      textZh: z.string(),
      outcomePrinted: z.enum(['established', 'not established']),
      mediationModel: z.enum(['F1→M→Y', 'F2→M→Y', 'F3→M→Y']).nullable(),
      /** The structural paths of Table 4 that test it ("F1→Y" …); empty for the mediation hypotheses. */
      pathIds: z.array(z.string().regex(/^(F1|F2|F3|M|Y)→(F1|F2|F3|M|Y)$/, 'expected a path such as F1→Y')),
      source: sourceRefSchema,
      noteIds,
    }),
  ),
  sample: z.object({
    questionnairesDistributed: z.number().int(),
    questionnairesReturned: z.number().int(),
    questionnairesValid: z.number().int(),
    mode: z.string(),
    modeZh: z.string(),
    invalidCriteriaEn: z.string(),
    invalidCriteriaZh: z.string(),
    scopeEn: z.string(),
    scopeZh: z.string(),
    preSurvey: z.object({ questionnaires: z.number().int(), textEn: z.string(), textZh: z.string(), source: sourceRefSchema }),
    scale: z.object({ textEn: z.string(), textZh: z.string(), source: sourceRefSchema }),
    source: sourceRefSchema,
    titlePrinted: z.string(),
    breakdownBaseNoteEn: z.string(),
    breakdownBaseNoteZh: z.string(),
    noteIds,
    breakdowns: z.array(
      z.object({
        dimension: z.enum(['education', 'yearsInCrossBorderEcommerce', 'unitType', 'job']),
        dimensionZh: z.string(),
        categories: z.array(z.object({ labelPrinted: z.string(), labelZh: z.string(), sharePct: z.number(), count: z.number().nullable() })),
        sumPct: z.number(),
        source: sourceRefSchema,
      }),
    ),
  }),
  proseFigures: z.array(
    z.object({
      id: z.string(),
      groups: z.array(z.enum(['yongkang', 'cross-border', 'national', 'data-quality'])),
      labelEn: z.string(),
      labelZh: z.string(),
      value: z.number(),
      unit: z.string(),
      qualifier: z.enum(['about', 'more than']).nullable(),
      year: z.number().int().nullable(),
      source: sourceRefSchema,
      noteIds,
      yearNoteEn: z.string().optional(),
      yearNoteZh: z.string().optional(),
      baseYear: z.number().int().optional(),
      rankInZhejiang: z.number().int().optional(),
      rankNoteEn: z.string().optional(),
      rankNoteZh: z.string().optional(),
      scopeEn: z.string().optional(),
      scopeZh: z.string().optional(),
      thresholdPrinted: z.string().optional(),
      threshold: thresholdSchema.optional(),
      significancePrinted: z.string().optional(),
    }),
  ),
  table1: z.object({
    titlePrinted: z.string(),
    source: sourceRefSchema,
    items: z.array(
      z.object({
        construct: constructId,
        itemId: z.string(),
        itemIdPrinted: z.boolean(),
        textEn: z.string(),
        textZh: z.string(),
        loading: z.number().nullable(),
        source: sourceRefSchema,
        noteIds,
        textNoteEn: z.string().optional(),
        textNoteZh: z.string().optional(),
        itemIdNoteEn: z.string().optional(),
        itemIdNoteZh: z.string().optional(),
      }),
    ),
    constructs: z.array(
      z.object({
        construct: constructId,
        cronbachAlpha: z.number().nullable(),
        cronbachAlphaPrinted: z.array(z.number()).min(1).max(2),
        printedInRows: z.array(z.string()),
        noteIds,
        source: sourceRefSchema,
        crPrinted: z.null(),
      }),
    ),
    noteIds,
    claimIds,
  }),
  table2: z.object({
    titlePrinted: z.string(),
    source: sourceRefSchema,
    rows: z.array(z.object({ construct: constructId, ave: z.number(), diagonal: z.number(), correlations: z.record(z.string(), z.number()), source: sourceRefSchema })),
    noteIds,
    claimIds,
  }),
  table3: z.object({
    titlePrinted: z.string(),
    source: sourceRefSchema,
    indices: z.array(
      z.object({
        name: z.string(),
        namePrinted: z.string(),
        value: z.number(),
        thresholdPrinted: z.string(),
        thresholds: z.array(thresholdSchema).min(1),
        acceptableThreshold: thresholdSchema.extend({ source: sourceRefSchema, noteEn: z.string(), noteZh: z.string() }).nullable(),
        judgmentPrinted: z.enum(['Yes', 'Acceptable']),
        fullNameFromNote: z.string().nullable(),
        noteIds,
      }),
    ),
    notePrinted: z.string(),
    claimIds,
  }),
  table4: z.object({
    titlePrinted: z.string(),
    notePrinted: z.string(),
    source: sourceRefSchema,
    paths: z.array(
      z.object({
        from: constructId,
        to: constructId,
        estimate: z.number(),
        se: z.number(),
        cr: z.number(),
        sigPrinted: z.string(),
        p: z.number().nullable(),
        source: sourceRefSchema,
        noteIds,
      }),
    ),
    noteIds,
    claimIds,
  }),
  table5: z.object({
    titlePrinted: z.string(),
    method: z.object({ textEn: z.string(), textZh: z.string(), source: sourceRefSchema }),
    source: sourceRefSchema,
    rows: z.array(
      z.object({
        model: z.enum(['F1→M→Y', 'F2→M→Y', 'F3→M→Y']),
        effect: z.enum(['indirect', 'direct', 'total']),
        cellsPrinted: z.array(z.string()).length(7),
        pointEstimate: z.number().nullable(),
        se: z.number().nullable(),
        z: z.number().nullable(),
        ciLower: z.number(),
        ciUpper: z.number(),
        unlabelledColumn: z.number(),
        proportionPct: z.number().nullable(),
        source: sourceRefSchema,
        noteIds,
      }),
    ),
    noteIds,
    claimIds,
    shareClaims: z.record(z.enum(['F1→M→Y', 'F2→M→Y', 'F3→M→Y']), z.string().nullable()),
  }),
  proseClaims: z.array(
    z.object({
      id: z.string(),
      textEn: z.string(),
      values: z.record(z.string(), z.unknown()),
      agreesWithTable: z.boolean(),
      noteIds,
      source: sourceRefSchema,
    }),
  ),
  recomputed: z.object({ derived: z.literal(true), noteEn: z.string(), noteZh: z.string(), formulaAve: z.string(), formulaCr: z.string() }),
  notePlacement: semNotePlacementSchema,
});

export type YongkangFile = z.output<typeof yongkangFileSchema>;

// ---------------------------------------------------------------- data/clusters/wenzhou.json (seed 001)

const keyFigureSchema = figureSchema.extend({
  aboutCluster: z.string().min(1),
  noteEn: z.string().optional(),
  noteZh: z.string().optional(),
});

export type RawNode = {
  nameEn: string;
  nameZh: string;
  zhIsTranslation?: boolean;
  zhUncertain?: boolean;
  source: z.output<typeof sourceRefSchema>;
  noteIds?: string[];
  children?: RawNode[];
  childrenNoteEn?: string;
  childrenNoteZh?: string;
};

const nodeSchema: z.ZodType<RawNode> = z.lazy(() =>
  z.object({
    nameEn: z.string().min(1),
    nameZh: z.string().min(1),
    zhIsTranslation: z.boolean().optional(),
    zhUncertain: z.boolean().optional(),
    source: sourceRefSchema,
    noteIds: z.array(z.string()).optional(),
    children: z.array(nodeSchema).optional(),
    childrenNoteEn: z.string().optional(),
    childrenNoteZh: z.string().optional(),
  }),
);

const textWithSource = z.object({ textEn: z.string().min(1), textZh: z.string().min(1), zhIsTranslation: z.boolean().optional(), source: sourceRefSchema });

export const wenzhouFileSchema = z.object({
  meta: z.object({
    titleEn: z.string(),
    titleZh: z.string(),
    paperTitle: z.string(),
    author: z.string(),
    paperYear: z.number().int().nullable(),
    paperYearNoteEn: z.string(),
    paperYearNoteZh: z.string(),
    zhNoteEn: z.string(),
    zhNoteZh: z.string(),
    source: sourceRefSchema,
  }),
  cluster: z.object({ id: z.literal('wenzhou'), nameEn: z.string(), nameZh: z.string(), province: z.string(), provinceZh: z.string(), source: sourceRefSchema }),
  fieldwork: textWithSource,
  keyFigures: z.array(keyFigureSchema).min(1),
  indexSystem: z.object({
    titlePrinted: z.string(),
    subtitlePrinted: z.string(),
    titleZh: z.string(),
    columnsPrinted: z.array(z.string()).length(4),
    columnsZh: z.array(z.string()).length(4),
    indexConnotationColumn: z.null(),
    indexConnotationNoteEn: z.string(),
    indexConnotationNoteZh: z.string(),
    counts: z.object({ level1: z.number().int(), level2: z.number().int(), level3: z.number().int() }),
    source: sourceRefSchema,
    tree: z.array(nodeSchema).min(1),
    noteIds: z.array(z.string()),
  }),
  developmentFactors: z.object({
    titlePrinted: z.string(),
    titleZh: z.string(),
    columnsPrinted: z.array(z.string()).length(2),
    source: sourceRefSchema,
    framework: textWithSource,
    factors: z.array(
      z.object({ factorPrinted: z.string(), factorZh: z.string(), textEn: z.string(), textZh: z.string(), source: sourceRefSchema, noteIds: z.array(z.string()) }),
    ),
  }),
  problems: z.array(z.object({ id: z.string(), textEn: z.string(), textZh: z.string(), source: sourceRefSchema })),
  noteIds: z.array(z.string()),
});

export type WenzhouFile = z.output<typeof wenzhouFileSchema>;

// ---------------------------------------------------------------- data/clusters/cross-border.json (seed 002)

const point = z.object({
  id: z.string().min(1),
  textEn: z.string().min(1),
  textZh: z.string().min(1),
  zhIsTranslation: z.boolean().optional(),
  source: sourceRefSchema,
  noteIds: z.array(z.string()),
});

export const crossBorderFileSchema = z.object({
  meta: z.object({
    titleEn: z.string(),
    titleZh: z.string(),
    paperTitle: z.null(),
    paperTitleNoteEn: z.string(),
    paperTitleNoteZh: z.string(),
    figuresNoteEn: z.string(),
    figuresNoteZh: z.string(),
    zhNoteEn: z.string(),
    zhNoteZh: z.string(),
    source: sourceRefSchema,
  }),
  logisticsOverview: z.array(point),
  logisticsModels: z.array(
    z.object({
      id: z.string().min(1),
      namePrinted: z.string().min(1),
      nameEn: z.string().min(1),
      nameZh: z.string().min(1),
      whatThePaperSaysEn: z.string().min(1),
      whatThePaperSaysZh: z.string().min(1),
      advantages: z.string().nullable(),
      disadvantages: z.string().nullable(),
      notStatedEn: z.string().optional(),
      notStatedZh: z.string().optional(),
      source: sourceRefSchema,
      noteIds: z.array(z.string()),
    }),
  ),
  governmentRole: z.array(point),
  talentShortage: z.array(point),
  otherPoints: z.array(point),
  noteIds: z.array(z.string()),
});

export type CrossBorderFile = z.output<typeof crossBorderFileSchema>;
