import seedSources from '@/data/sources.json';

/** The ids of the sources the seed owns (data/sources.json): an import may not register or overwrite them. */
export const SEED_SOURCE_IDS: ReadonlySet<string> = new Set((seedSources as { id: string }[]).map((s) => s.id));
