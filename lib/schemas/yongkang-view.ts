// The Yongkang page's URL state: which view it shows (lib/views/clusters/yongkang-tabs.ts).
import { z } from 'zod';
import { YONGKANG_TABS } from '@/lib/views/clusters/yongkang-tabs.ts';

/** `tab`: the overview (absent) or one table of the paper. */
export const yongkangViewQuery = z.object({
  tab: z.enum(YONGKANG_TABS, { error: `tab must be one of: ${YONGKANG_TABS.join(', ')}` }).default('overview'),
});
