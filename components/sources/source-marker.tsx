import type { SourceInfo } from '@/lib/queries/types.ts';
import { readerShortName, sourceLine } from '@/lib/source-text.ts';
import { sourceHref } from '@/lib/source-link.ts';

/**
 * A figure's source in words, beside the figure: "Source: CNNIC", linking to the source's full
 * entry (publisher, report, date, the page it was read on) on the Sources page; the browser's
 * back button returns to the figure.
 */
export function SourceMarker({ source, locale, label }: { source: Pick<SourceInfo, 'id' | 'publisher' | 'title' | 'date'> & { reader?: SourceInfo['reader'] }; locale: 'en' | 'zh'; label: string }) {
  return (
    <span className="text-xs text-muted">
      {label}
      {locale === 'zh' ? '：' : ': '}
      <a href={sourceHref(locale, source.id)} title={sourceLine(source, locale)} className="text-accent underline underline-offset-2">
        {readerShortName(source, locale)}
      </a>
    </span>
  );
}
