import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceList } from '@/components/sources/sources-panel.tsx';
import { NoteList } from '@/components/sources/sources-panel.tsx';
import { SourceAnchor } from '@/components/sources-page/source-anchor.tsx';
import { SourceBacks } from '@/components/sources-page/source-backs.tsx';
import { SourcesFilters } from '@/components/sources-page/sources-filters.tsx';
import { SourcesPager } from '@/components/sources-page/sources-pager.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { searchParamsToObject, toApiIssues } from '@/lib/schemas/params.ts';
import { DEFAULT_SOURCES_QUERY, SOURCES_PAGE_SIZE, sourcesQuery } from '@/lib/schemas/sources-query.ts';
import { getSourcesPage } from '@/lib/views/sources.ts';
import { RegistryProvenance } from '@/components/counties/registry-provenance.tsx';

// Reads the store on every request; data changes only through the seed or an import.
export const dynamic = 'force-dynamic';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = sectionMetadata('sources', '/sources');

export default async function SourcesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('sources');
  const tp = await getTranslations('sourcesPage');
  const path = `/${locale}/sources`;
  // The same schema as GET /api/v1/sources; a bad parameter is said on the page, which then shows all sources.
  const parsed = sourcesQuery.safeParse(searchParamsToObject(await searchParams));
  const asked = parsed.success ? parsed.data : DEFAULT_SOURCES_QUERY;
  const view = await getSourcesPage(asked);
  const filtersDropped = Boolean(asked.source && !view.notFound && (asked.q || asked.section || asked.kind || asked.publisher) && !view.query.q && !view.query.section && !view.query.kind && !view.query.publisher);
  const first = (view.page - 1) * SOURCES_PAGE_SIZE + 1;
  const messages = [
    ...(!parsed.success ? [tp('invalid', { details: toApiIssues(parsed.error).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') })] : []),
    ...(view.notFound ? [tp('notFound', { id: view.notFound })] : []),
    ...(filtersDropped ? [tp('filtersDropped')] : []),
    ...(view.pageOutOfRange ? [tp('pageOutOfRange', { pageCount: view.pageCount })] : []),
  ];
  return (
    <div className="space-y-6">
      <SourceAnchor path={path} />
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-muted">{t('lead')}</p>
      </header>
      {messages.length ? (
        <div role="alert" data-testid="sources-message" className="space-y-1 rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      <SourcesFilters path={path} locale={locale} query={view.query} publishers={view.publishers} />
      <section aria-labelledby="all-sources" className="space-y-3">
        <h2 id="all-sources" className="text-lg font-semibold">
          {t('allTitle')}
        </h2>
        <p role="status" className="text-sm text-muted" data-testid="sources-count">
          {view.matched ? tp('showing', { from: first, to: first + view.shown.length - 1, matched: view.matched, total: view.total }) : tp('none')}
        </p>
        <ol className="space-y-3" data-testid="sources-results">
          {view.shown.map((e) => (
            <li key={e.source.id} data-source={e.source.id} data-current={e.source.id === view.query.source ? 'true' : undefined} className={e.source.id === view.query.source ? 'rounded ring-2 ring-accent' : undefined}>
              {e.source.id === view.query.source ? <p className="sr-only">{tp('current')}</p> : null}
              <SourceList sources={[e.source]} locale={locale} />
              <div className="px-3 pb-3">
                <SourceBacks entry={e} locale={locale} />
              </div>
            </li>
          ))}
        </ol>
        <SourcesPager path={path} query={view.query} page={view.page} pageCount={view.pageCount} />
        <p className="text-sm text-muted">{t('mapData')}</p>
      </section>
      <RegistryProvenance status={view.registry} locale={locale} />
      <section aria-labelledby="editorial-notes" className="space-y-3">
        <h2 id="editorial-notes" className="text-lg font-semibold">
          {tp('editorialTitle')}
        </h2>
        {view.query.section ? (
          <details>
            <summary className="cursor-pointer text-sm text-accent">{tp('editorialSummary', { count: view.editorial.length })}</summary>
            <NoteList notes={view.editorial} locale={locale} />
          </details>
        ) : (
          <p className="text-sm text-muted" data-testid="editorial-hint">
            {tp('editorialChoose', { count: view.editorialCount })}
          </p>
        )}
      </section>
    </div>
  );
}
