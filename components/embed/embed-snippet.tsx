import { CopyButton } from '@/components/sources/copy-button.tsx';

type Labels = { summary: string; hint: string; copy: string; copied: string; frameTitle: string };

/** The <iframe> code for the current view's embed, folded away under a small "Embed" disclosure. */
export function EmbedSnippet({ src, labels }: { src: string; labels: Labels }) {
  // The title attribute names the frame for screen readers on the embedding page.
  const code = `<iframe src="${src.replaceAll('&', '&amp;')}" title="${labels.frameTitle.replaceAll('"', '&quot;')}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  return (
    <details className="rounded border border-line p-3 text-sm" data-testid="embed-snippet" data-copy-scope>
      <summary className="cursor-pointer font-medium text-accent">{labels.summary}</summary>
      <div className="mt-2 space-y-2">
        <p className="text-muted">{labels.hint}</p>
        <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-accent-soft p-2 text-xs">{code}</pre>
        <CopyButton label={labels.copy} doneLabel={labels.copied} />
      </div>
    </details>
  );
}
