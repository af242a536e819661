'use client';

import { useState } from 'react';

/**
 * Copies the text of the <pre> in the nearest element marked `data-copy-scope`. It reads the text
 * from the page rather than taking it as a prop: a prop would put the (long) citation into the
 * page's RSC payload a second time.
 */
export function CopyButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="rounded border border-line px-2 py-1 text-xs text-accent"
      onClick={async (event) => {
        const text = event.currentTarget.closest('[data-copy-scope]')?.querySelector('pre')?.textContent ?? '';
        await navigator.clipboard?.writeText(text);
        setDone(true);
        setTimeout(() => setDone(false), 2000);
      }}
    >
      <span aria-live="polite">{done ? doneLabel : label}</span>
    </button>
  );
}
