// The `tab` parameter of a page whose views are tabs with an overview first (the Yongkang and
// Business models pages; lib/views/clusters/yongkang-tabs.ts, lib/views/models-tabs.ts).
import { z } from 'zod';

type Tabs = readonly ['overview', ...string[]];

/** `tab`: the overview (absent) or one of the other views; anything else is refused with the allowed values. */
export const pageViewQuery = <const T extends Tabs>(tabs: T) =>
  z.object({ tab: z.enum(tabs, { error: `tab must be one of: ${tabs.join(', ')}` }).default('overview' as T[number]) });

/**
 * The view a page shows: the parsed `tab`, or, for an unknown view, the overview and the refused
 * value (`refused`), which the page names in a line saying so rather than answering 404.
 */
export function pageViewOf<Tab extends string>(query: z.ZodType<{ tab: Tab }>, raw: Record<string, unknown>): { tab: Tab; refused: string | null } {
  const parsed = query.safeParse(raw);
  // 'overview' is the first tab of every such page (pageViewQuery's Tabs).
  return parsed.success ? { tab: parsed.data.tab, refused: null } : { tab: 'overview' as Tab, refused: String(raw.tab) };
}
