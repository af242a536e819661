import { z } from 'zod';

/**
 * A paper is cited in data/ by the id of its entry in data/sources.json (one of SEED_TEXT_FILES in
 * lib/data/seed-texts.ts), e.g. seed003-zhu-lu-yongkang; the seed loaders check that the entry exists.
 * The paper's text file name is a machine key that lives only in that map, not in data/.
 */
export const paperSourceId = z.string().regex(/^seed\d{3}-[a-z0-9-]+$/, 'expected the source id of a paper such as seed003-zhu-lu-yongkang');

/** The seed number of a paper's source id ("seed003-zhu-lu-yongkang" → "003"), which names the paper in the messages. */
export const paperNumber = (sourceId: string): string => /^seed(\d{3})-/.exec(sourceId)?.[1] ?? '';
