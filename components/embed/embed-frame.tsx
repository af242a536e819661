import type { ReactNode } from 'react';

type Props = {
  title: string;
  subtitle: string;
  /** The source line as the chart's export writes it ("Source: CNNIC" / "来源：…"). */
  source: string;
  /** The same view on the site (same URL state). */
  href: string;
  linkLabel: string;
  /** What in the address was not valid and was ignored, said as the full page says it (null: nothing). */
  invalid?: string | null;
  children: ReactNode;
};

/** One chart alone for an <iframe>: title, the view in words, the chart, its source and the way back to the full view. */
export function EmbedFrame({ title, subtitle, source, href, linkLabel, invalid = null, children }: Props) {
  return (
    <article className="space-y-2" data-testid="embed">
      <header className="space-y-1">
        <h1 className="text-lg font-bold sm:text-xl">{title}</h1>
        <p className="text-sm text-muted" data-testid="embed-subtitle">
          {subtitle}
        </p>
      </header>
      {invalid ? (
        <p role="alert" data-testid="invalid-params" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
          {invalid}
        </p>
      ) : null}
      {children}
      <footer className="flex flex-wrap items-baseline justify-between gap-2 border-t border-line pt-2 text-sm">
        <p className="text-muted" data-testid="embed-source">
          {source}
        </p>
        {/* A new tab: the reader leaves the embedding site's page only if they choose to. */}
        <a className="text-accent underline" href={href} target="_blank" rel="noopener" data-testid="embed-link">
          {linkLabel}
        </a>
      </footer>
    </article>
  );
}
