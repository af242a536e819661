import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import type { SourceEntry } from '@/lib/views/sources.ts';
import { NoteList } from '@/components/sources/sources-panel.tsx';

const span = (years: number[]) => ({ from: years[0], to: years[years.length - 1] });
const CASE_PATHS: Record<string, string> = { yongkang: '/clusters/yongkang', wenzhou: '/clusters/wenzhou', 'cross-border': '/clusters/cross-border' };

/** What a source backs on the site, each with a link to where it is shown; its notes one click away. */
export async function SourceBacks({ entry, locale }: { entry: SourceEntry; locale: Locale }) {
  const t = await getTranslations('sourcesPage');
  const { figures: f, notes } = entry;
  const years = (from: number, to: number) => (from === to ? String(from) : t('years', { from, to }));
  const items: { key: string; href: string; text: string }[] = [
    ...f.series.map((s) => ({
      key: `series-${s.id}`,
      href: `/${locale}/${s.group === 'internet-users' ? 'users' : 'transactions'}?series=${encodeURIComponent(s.id)}`,
      text: `${locale === 'zh' ? s.nameZh : s.nameEn}${locale === 'zh' ? '，' : ', '}${years(s.from, s.to)}`,
    })),
    ...f.villageTables.map((v) => {
      const { from, to } = span(v.years);
      return { key: `table-${v.table}`, href: `/${locale}/villages`, text: `${t(`tables.${v.table}`)}${locale === 'zh' ? '，' : ', '}${years(from, to)}` };
    }),
    ...f.cases.filter((c) => c in CASE_PATHS).map((c) => ({ key: `case-${c}`, href: `/${locale}${CASE_PATHS[c]}`, text: t(`cases.${c as 'yongkang'}`) })),
    ...(f.modelCitations ? [{ key: 'models', href: `/${locale}/models`, text: t('modelCitations', { count: f.modelCitations }) }] : []),
  ];
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="source-backs">
      <p className="font-medium">{t('backs')}</p>
      {items.length ? (
        <ul className="list-disc space-y-0.5 pl-5">
          {items.map((i) => (
            <li key={i.key}>
              <a href={i.href} className="inline-block min-h-6 py-0.5 text-accent underline underline-offset-2">
                {i.text}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t('backsNothing')}</p>
      )}
      {notes.length ? (
        <details>
          <summary className="cursor-pointer py-1 text-accent">{t('notes', { count: notes.length })}</summary>
          <NoteList notes={notes} locale={locale} />
        </details>
      ) : null}
    </div>
  );
}
