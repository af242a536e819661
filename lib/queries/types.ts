export type Qualifier = 'exact' | 'approx' | 'lower_bound';
export type Place = { adcode: number; nameEn: string; nameZh: string };

export type SourceInfo = {
  id: string;
  kind: 'paper' | 'official' | 'industry' | 'press';
  publisher: string;
  title: string;
  date: string | null;
  asReportedBy: string | null;
  whereRead: string;
  licence: string;
  citation: { authors?: string[]; year?: number | null; container?: string | null } | null;
  /** Present only when `date` is the year in the source's title, not a publication date. */
  dateKind?: 'title-year';
};

export type DataNoteInfo = {
  id: string;
  kind: string;
  /** Null for an editorial note. */
  sourceId: string | null;
  textEn: string;
  textZh: string;
  scope: { year: number | null; provinceAdcode: number | null; cityAdcode: number | null };
};

export type CityRankRow = {
  city: Place;
  province: Place;
  villages: number | null;
  villagesQualifier: Qualifier;
  towns: number | null;
  townsQualifier: Qualifier;
  /** The rank exactly as the source printed it (seed 001 prints a dense rank). */
  publishedRank: number | null;
  /** Standard competition rank by villages among the rows in view. */
  rank: number | null;
  shareOfView: number | null;
  shareOfNational: number | null;
  rankedList: string | null;
  sourceId: string;
  noteIds: string[];
};

export type NationalRow = {
  year: number;
  villages: number | null;
  villagesQualifier: Qualifier;
  towns: number | null;
  townsQualifier: Qualifier;
  /** "computed" when the town count is derived from stated figures (e.g. 2021: 2,429 − 258), else "stated". */
  townsFlag: 'stated' | 'computed';
  referenceDate: string | null;
  sourceId: string;
  noteIds: string[];
};

export type ProvinceTotalRow = {
  province: Place & { region: string };
  year: number;
  villages: number | null;
  villagesQualifier: Qualifier;
  towns: number | null;
  townsQualifier: Qualifier;
  publishedRank: number | null;
  shareOfNational: number | null;
  /** 'published': the source's own total; 'village-list': counted from a loaded village-level list. */
  basis: 'published' | 'village-list';
  sourceId: string;
  noteIds: string[];
};
