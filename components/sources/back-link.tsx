'use client';

/**
 * "Back to the text" on a source entry that a link on the same page jumped to (the entry is the
 * :target): returns to the spot the reader left, rather than leaving them thousands of pixels down.
 * Hidden unless the entry is the target; the browser's back button does the same without script.
 */
export function BackLink({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => history.back()} className="mt-2 hidden min-h-6 text-xs text-accent underline underline-offset-2 group-target:inline-block" data-testid="source-back">
      ↩ {label}
    </button>
  );
}
