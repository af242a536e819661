import { resolve } from 'node:path';
import { loadDataFiles } from '@/lib/data/load-data-files.ts';
import { loadCaseStudyFiles, type CaseStudyFiles } from '@/lib/data/seed-cases.ts';
import { toSourceRef } from '@/lib/queries/clusters/source-ref.ts';
import type { ClusterNote, CrossBorderData, WenzhouData, YongkangData } from '@/lib/queries/clusters/types.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';

/*
 * The case studies in the shape lib/queries/clusters gives them back from the store, made here from
 * the data files through the seed's own loader (so the unit tests stay pure). That the store gives
 * back the same is checked by tests/integration/case-study-store.test.ts.
 */

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const data = loadDataFiles(DATA_DIR);
const problems: string[] = [];
const loaded = loadCaseStudyFiles(DATA_DIR, new Set(data.notes.map((n) => n.id)), problems);
if (problems.length) throw new Error(problems.join('\n'));
const files = loaded as CaseStudyFiles;

const notes = new Map<string, ClusterNote>([
  ...data.notes.map((n): [string, ClusterNote] => [n.id, { id: n.id, kind: n.kind, textEn: n.textEn, textZh: n.textZh, sourceId: n.sourceId, source: null }]),
  ...files.notes.map((n): [string, ClusterNote] => [n.id, { id: n.id, kind: n.kind, textEn: n.textEn, textZh: n.textZh, sourceId: n.sourceId, source: toSourceRef(n.source) }]),
]);
const sourceOf = (id: string) => (data.sources.find((s) => s.id === id) ?? null) as SourceInfo | null;
export const yongkangData: YongkangData = { file: files.yongkang, sourceId: files.yongkang.meta.source.sourceId, source: sourceOf(files.yongkang.meta.source.sourceId), notes };
export const wenzhouData: WenzhouData = { file: files.wenzhou, sourceId: files.wenzhou.meta.source.sourceId, source: sourceOf(files.wenzhou.meta.source.sourceId), notes };
export const crossBorderData: CrossBorderData = {
  file: files.crossBorder,
  sourceId: files.crossBorder.meta.source.sourceId,
  source: sourceOf(files.crossBorder.meta.source.sourceId),
  notes,
  yongkang: files.yongkang,
  yongkangSourceId: yongkangData.sourceId,
};
export const yongkangSource = yongkangData.source as SourceInfo;
export const caseStudyNotes = files.notes;
