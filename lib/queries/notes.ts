import type { DataNoteInfo } from '@/lib/queries/types.ts';

type DataNoteRow = {
  id: string;
  kind: string;
  sourceId: string | null;
  textEn: string;
  textZh: string;
  scopeYear: number | null;
  scopeProvinceAdcode: number | null;
  scopeCityAdcode: number | null;
};

/** A data_note row as the app shows it (the response schema's DataNote). */
export function toDataNoteInfo(n: DataNoteRow): DataNoteInfo {
  return {
    id: n.id,
    kind: n.kind,
    sourceId: n.sourceId,
    textEn: n.textEn,
    textZh: n.textZh,
    scope: { year: n.scopeYear, provinceAdcode: n.scopeProvinceAdcode, cityAdcode: n.scopeCityAdcode },
  };
}
