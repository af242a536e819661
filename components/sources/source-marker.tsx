import type { SourceInfo } from '@/lib/queries/types.ts';
import { publisherName } from '@/lib/source-label.ts';
import { sourceHref } from '@/lib/source-link.ts';

/**
 * A figure's source in words, beside the figure: "Source: CNNIC", linking to the source's full
 * entry (publisher, report, date, where it was read) on the Sources page.
 */
export function SourceMarker({ source, locale, label }: { source: Pick<SourceInfo, 'id' | 'publisher' | 'title' | 'date'>; locale: 'en' | 'zh'; label: string }) {
  return (
    <span className="text-xs text-muted">
      {label}
      {locale === 'zh' ? '：' : ': '}
      <a href={sourceHref(locale, source.id)} title={`${source.publisher}, ${source.title}${source.date ? ` (${source.date})` : ''}`} className="text-accent underline underline-offset-2">
        {publisherName(source.publisher, locale)}
      </a>
    </span>
  );
}
