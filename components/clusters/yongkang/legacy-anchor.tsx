'use client';

import { useEffect } from 'react';
import { tabOfLegacyAnchor, yongkangTabHref } from '@/lib/views/clusters/yongkang-tabs.ts';

/**
 * Old links into the one-page layout (`…/yongkang#section-paths`, `#mediation-note-yk-…`) name a
 * table or one of its notes, which now sit on the table's own tab: on the overview, such a fragment
 * takes the reader there. Without JavaScript the overview's list of tables carries the
 * `section-<table>` anchors, so the old link still lands on the table's entry.
 */
export function LegacyAnchorRedirect({ locale }: { locale: string }) {
  useEffect(() => {
    const fragment = decodeURIComponent(window.location.hash.slice(1));
    const tab = fragment ? tabOfLegacyAnchor(fragment) : null;
    if (tab) window.location.replace(yongkangTabHref(locale, tab, fragment));
  }, [locale]);
  return null;
}
