import type { SourceRef } from '@/lib/queries/clusters/types.ts';
import type { SourceRefRecord } from '@/lib/schemas/case-study-files.ts';

/** A stored source reference ({sourceId, where, quote?, alsoQuotes?}) with its absent parts as null / []. */
export const toSourceRef = (s: SourceRefRecord): SourceRef => ({ sourceId: s.sourceId, where: s.where, quote: s.quote ?? null, alsoQuotes: s.alsoQuotes ?? [] });
