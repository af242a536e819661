import type { SourceRef } from '@/lib/queries/clusters/types.ts';
import type { SourceRefRecord } from '@/lib/schemas/case-study-files.ts';

/** A stored source reference ({file, where, quote?, alsoQuotes?}) with its absent parts as null / []. */
export const toSourceRef = (s: SourceRefRecord): SourceRef => ({ file: s.file, where: s.where, quote: s.quote ?? null, alsoQuotes: s.alsoQuotes ?? [] });
