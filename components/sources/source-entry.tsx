import { getTranslations } from 'next-intl/server';
import type { SourceInfo } from '@/lib/queries/types.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { readerLicence, readerPlace, readerPublisher, readerReportedBy, readerTitle } from '@/lib/source-text.ts';

/**
 * What a source's entry says, in the reader's language: report, publisher, date, kind, the page it
 * was read on (a link where its address is known), the place in the source and the licence.
 * Never the source's id, file key or our research notes.
 */
export async function SourceEntryBody({ source: s, locale }: { source: SourceInfo; locale: 'en' | 'zh' }) {
  const t = await getTranslations('sources');
  const reported = readerReportedBy(s, locale);
  const place = readerPlace(s, locale);
  // A title or name the source gives only in Latin letters is English on a Chinese page: say so (screen readers, the /zh text check).
  const latin = (text: string) => (locale === 'zh' && !/[\u3400-\u9fff]/.test(text) ? 'en' : undefined);
  const title = readerTitle(s, locale);
  const publisher = readerPublisher(s, locale);
  return (
    <>
      <p className="font-medium" lang={s.reader ? latin(title) : 'en'}>
        {title}
      </p>
      <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-muted [&_dd]:[overflow-wrap:anywhere]">
        <dt>{t('publisher')}</dt>
        <dd lang={latin(publisher)}>{publisher}</dd>
        <dt>{t('date')}</dt>
        <dd>{s.date === null ? t('noDate') : s.dateKind === 'title-year' ? t('titleYear', { year: s.date }) : s.date}</dd>
        <dt>{t('kind')}</dt>
        <dd>{t(`kinds.${s.kind}`)}</dd>
        {reported ? (
          <>
            <dt>{t('asReportedBy')}</dt>
            <dd lang={latin(reported.site)}>
              {reported.url ? (
                <a href={reported.url} rel="noopener noreferrer nofollow" className="text-accent underline underline-offset-2" data-testid="source-link">
                  <MixedText text={reported.site} />
                </a>
              ) : (
                <MixedText text={reported.site} />
              )}
            </dd>
          </>
        ) : null}
        {place ? (
          <>
            <dt>{t('place')}</dt>
            <dd lang={latin(place)}>
              <MixedText text={place} />
            </dd>
          </>
        ) : null}
        <dt>{t('licence')}</dt>
        <dd>{readerLicence(s, locale)}</dd>
      </dl>
    </>
  );
}
