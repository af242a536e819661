import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { SOURCE_KINDS, SOURCE_SECTIONS, type SourcesQuery } from '@/lib/schemas/sources-query.ts';

type Props = { path: string; locale: Locale; query: SourcesQuery; publishers: { key: string; nameZh: string; count: number }[] };

/** A plain GET form (no JavaScript needed): search words, page, kind and publisher. */
export async function SourcesFilters({ path, locale, query, publishers }: Props) {
  const t = await getTranslations('sourcesPage');
  const tn = await getTranslations('nav');
  const ts = await getTranslations('sources');
  const field = 'min-w-0 rounded border border-line bg-white px-2 py-1';
  return (
    <form method="get" action={path} role="search" aria-label={t('filters')} className="grid gap-x-3 gap-y-2 rounded-lg border border-line bg-slate-50 px-3 py-2 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]" data-testid="sources-filters">
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
        {t('search')}
        <input type="search" name="q" defaultValue={query.q} maxLength={80} placeholder={t('searchPlaceholder')} className={field} />
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
        {t('section')}
        <select name="section" defaultValue={query.section ?? ''} className={field}>
          <option value="">{t('allSections')}</option>
          {SOURCE_SECTIONS.map((s) => (
            <option key={s} value={s}>
              {tn(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
        {t('kind')}
        <select name="kind" defaultValue={query.kind ?? ''} className={field}>
          <option value="">{t('allKinds')}</option>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {ts(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
        {t('publisher')}
        <select name="publisher" defaultValue={query.publisher ?? ''} className={field}>
          <option value="">{t('allPublishers')}</option>
          {publishers.map((p) => (
            <option key={p.key} value={p.key}>
              {locale === 'zh' ? `${p.nameZh}（${p.count}）` : `${p.key} (${p.count})`}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white">
          {t('apply')}
        </button>
        <a href={path} className="px-2 py-1.5 text-sm text-accent underline">
          {t('reset')}
        </a>
      </div>
    </form>
  );
}
