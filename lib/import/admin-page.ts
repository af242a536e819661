import { primaryDb } from '@/lib/db/index.ts';
import { seriesDataset, STATIC_DATASETS, type DatasetDef, type SeriesUnit } from '@/lib/import/datasets.ts';
import type { ImportRecordRow } from '@/lib/import/store.ts';

export type DatasetOption = {
  id: string;
  kind: DatasetDef['kind'];
  titleEn: string;
  titleZh: string;
  key: string[];
  columns: { name: string; required: boolean; aliases: string[]; en: string; zh: string; example: string }[];
};
export type SourceOption = { id: string; publisher: string; title: string; date: string | null };

const option = (d: DatasetDef): DatasetOption => ({
  id: d.id,
  kind: d.kind,
  titleEn: d.titleEn,
  titleZh: d.titleZh,
  key: d.key,
  columns: d.columns.map((c) => ({ name: c.name, required: c.required, aliases: c.aliases ?? [], en: c.en, zh: c.zh, example: c.example })),
});

/** What the admin import page shows: the datasets with their file formats, the sources, the history. */
export async function getAdminPageData(historyLimit = 50) {
  const [series, sources, history] = await Promise.all([
    primaryDb().series.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, unit: true, nameEn: true, nameZh: true } }),
    primaryDb().source.findMany({ orderBy: { id: 'asc' }, select: { id: true, publisher: true, title: true, date: true } }),
    primaryDb().importRecord.findMany({ orderBy: { id: 'desc' }, take: historyLimit }),
  ]);
  const datasets = [...STATIC_DATASETS, ...series.map((s) => seriesDataset({ id: s.id, unit: s.unit as SeriesUnit, nameEn: s.nameEn, nameZh: s.nameZh }))].map(option);
  const rows: ImportRecordRow[] = history.map((r) => ({
    id: r.id,
    dataset: r.dataset,
    fileName: r.fileName,
    sha256: r.sha256,
    sourceId: r.sourceId,
    actor: r.actor,
    encoding: r.encoding,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt.toISOString(),
    rowsTotal: r.rowsTotal,
    added: r.added,
    changed: r.changed,
    unchanged: r.unchanged,
    rejected: r.rejected,
    status: r.status,
    errorSummary: r.errorSummary,
  }));
  return { datasets, sources: sources as SourceOption[], history: rows };
}
