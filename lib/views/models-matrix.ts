import enMessages from '@/messages/en/models.json';
import zhMessages from '@/messages/zh/models.json';
import { toCsv } from '@/lib/csv/to-csv.ts';
import { DIMENSION_IDS, type DimensionId, type ModelId, type ModelsSection, type RequirementCell, type SupportKind } from '@/lib/schemas/model-files.ts';
import { dimensionLabel } from '@/lib/views/models-section.ts';

export type CellState = 'level' | 'bounded' | 'notStated' | 'descriptive';

/** What a matrix cell shows instead of, or as, its level. */
export function cellState(cell: Pick<RequirementCell, 'level' | 'support' | 'ordinal' | 'quote'>): CellState {
  if (cell.level !== null) return 'level';
  if (!cell.ordinal) return cell.quote ? 'descriptive' : 'notStated';
  return cell.support === 'bounded' ? 'bounded' : 'notStated';
}

type Lang = 'en' | 'zh';
type ModelsMessages = typeof enMessages.models;
const MESSAGES: Record<Lang, ModelsMessages> = { en: enMessages.models, zh: zhMessages.models as ModelsMessages };

/** The label shown in the table and written to the CSV: the level, or why there is none. */
export function levelLabel(cell: Pick<RequirementCell, 'level' | 'support' | 'ordinal' | 'quote'>, lang: Lang): string {
  const m = MESSAGES[lang];
  const state = cellState(cell);
  return state === 'level' ? m.level[String(cell.level) as '1' | '2' | '3'] : m.cellState[state];
}

export function supportLabel(support: SupportKind | null, lang: Lang): string {
  return MESSAGES[lang].support[support ?? 'none'];
}

export type MatrixRow = {
  model: ModelId;
  dimension: DimensionId;
  cell: RequirementCell;
};

/** The matrix in table order (models as in the data, dimensions as in the data's meta). */
export function matrixRows(section: ModelsSection): MatrixRow[] {
  return section.models.flatMap((m) => DIMENSION_IDS.map((d) => ({ model: m.id, dimension: d, cell: m.requirements[d] })));
}

export const MATRIX_CSV_COLUMNS = [
  'model', 'dimension', 'dimension_label', 'level', 'level_label', 'support', 'quote', 'also_quotes', 'source_id', 'where', 'note',
] as const;

/** One row per matrix cell, the same cells and labels as the table on /models. */
export function matrixCsv(section: ModelsSection, lang: Lang): string {
  return toCsv(
    MATRIX_CSV_COLUMNS,
    matrixRows(section).map(({ model, dimension, cell }) => [
      model,
      dimension,
      dimensionLabel(section.meta, dimension, lang),
      cell.level,
      levelLabel(cell, lang),
      cell.support ?? '',
      cell.quote ?? '',
      cell.alsoQuotes.join(' | '),
      cell.source.sourceId,
      cell.where,
      lang === 'zh' ? cell.noteZh : cell.noteEn,
    ]),
  );
}
