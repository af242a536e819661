'use client';

import { useEffect } from 'react';

/**
 * Older links name a source only by fragment (/en/sources#source-ID). The page is paged now, so
 * when the fragment's entry is not on this page, ask for the page that holds it (`?source=ID`).
 */
export function SourceAnchor({ path }: { path: string }) {
  useEffect(() => {
    const go = () => {
      const match = /^#source-(.+)$/.exec(window.location.hash);
      if (!match) return;
      const id = decodeURIComponent(match[1]);
      if (document.getElementById(`source-${id}`)) return;
      window.location.replace(`${path}?source=${encodeURIComponent(id)}#source-${id}`);
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [path]);
  return null;
}
