'use client';

import { useEffect } from 'react';
import { modelsTabHref, tabOfLegacyAnchor } from '@/lib/views/models-tabs.ts';

/**
 * Old links into the one-page layout (`…/models#platforms`, `#model-B2B`, `#note-…`) name material
 * that now sits on a tab of its own: on the overview, such a fragment takes the reader there (the
 * guide's levels kept). An anchor the overview itself holds (`#matrix`, `#guide`, a matrix note)
 * stays. Without JavaScript the old link opens the overview, whose tab row leads on.
 */
export function ModelsLegacyAnchorRedirect({ locale }: { locale: string }) {
  useEffect(() => {
    const fragment = decodeURIComponent(window.location.hash.slice(1));
    if (!fragment || document.getElementById(fragment)) return;
    const tab = tabOfLegacyAnchor(fragment);
    if (!tab) return;
    const levels = Object.fromEntries(new URLSearchParams(window.location.search));
    window.location.replace(modelsTabHref(locale, tab, levels, fragment));
  }, [locale]);
  return null;
}
