// The Yongkang page's URL state: which view it shows (lib/views/clusters/yongkang-tabs.ts).
import { pageViewQuery } from '@/lib/schemas/page-view.ts';
import { YONGKANG_TABS } from '@/lib/views/clusters/yongkang-tabs.ts';

/** `tab`: the overview (absent) or one table of the paper. */
export const yongkangViewQuery = pageViewQuery(YONGKANG_TABS);
