import { getTranslations } from 'next-intl/server';
import { sourcesParams, type SourcesQuery } from '@/lib/schemas/sources-query.ts';

/** Links to the other pages of the same search (plain links: work without JavaScript). */
export async function SourcesPager({ path, query, page, pageCount }: { path: string; query: SourcesQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('sourcesPage');
  const href = (n: number) => {
    const params = sourcesParams({ ...query, source: undefined, page: n });
    return params.size ? `${path}?${params}` : path;
  };
  const link = 'inline-block min-w-8 rounded border border-line px-2 py-1 text-center';
  return (
    <nav aria-label={t('pager')} className="flex flex-wrap items-center gap-2 text-sm" data-testid="sources-pager">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className={`${link} text-accent`}>
          {t('previous')}
        </a>
      ) : null}
      {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) =>
        n === page ? (
          <a key={n} href={href(n)} aria-current="page" aria-label={t('pageOf', { page: n, pageCount })} className={`${link} bg-accent font-semibold text-white`}>
            {n}
          </a>
        ) : (
          <a key={n} href={href(n)} aria-label={t('pageOf', { page: n, pageCount })} className={`${link} text-accent`}>
            {n}
          </a>
        ),
      )}
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next" className={`${link} text-accent`}>
          {t('next')}
        </a>
      ) : null}
    </nav>
  );
}
