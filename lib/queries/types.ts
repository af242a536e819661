// The app's own types, as the queries return them: inferred from the response schemas
// (lib/schemas/responses), the one description of these shapes.
export type { Qualifier, Place, SourceInfo, DataNoteInfo } from '@/lib/schemas/responses/common.ts';
export type { CityRankRow, NationalRow, ProvinceTotalRow } from '@/lib/schemas/responses/villages.ts';
