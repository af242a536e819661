import { z } from 'zod';

/**
 * A paper is cited in data/ by the id of its entry in data/sources.json (an entry with a
 * seedFile), e.g. seed003-zhu-lu-yongkang; the seed loaders check that the entry exists. The
 * paper's text file name is a machine key that lives only in that entry's seedFile.
 */
export const paperSourceId = z.string().regex(/^seed\d{3}-[a-z0-9-]+$/, 'expected the source id of a paper such as seed003-zhu-lu-yongkang');

/** The seed number of a paper's source id ("seed003-zhu-lu-yongkang" → "003"), which names the paper in the messages. */
export const paperNumber = (sourceId: string): string => /^seed(\d{3})-/.exec(sourceId)?.[1] ?? '';
