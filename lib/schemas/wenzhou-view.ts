// The Wenzhou page's URL state: the overview (absent) or the whole index system of Table 1 (`tab=index`),
// which is kept off the overview so that its first view stays small (issue 14: ≤ 30 KB of HTML, gzip).
import { z } from 'zod';

export const WENZHOU_TABS = ['overview', 'index'] as const;
export type WenzhouTab = (typeof WENZHOU_TABS)[number];

export const wenzhouViewQuery = z.object({
  tab: z.enum(WENZHOU_TABS, { error: `tab must be one of: ${WENZHOU_TABS.join(', ')}` }).default('overview'),
});

/** The page's address for a view (with the locale), optionally at an anchor. */
export const wenzhouTabHref = (locale: string, tab: WenzhouTab, anchor?: string) =>
  `/${locale}/clusters/wenzhou${tab === 'overview' ? '' : `?tab=${tab}`}${anchor ? `#${anchor}` : ''}`;
