import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, GAP } from '@/lib/i18n/format.ts';
import type { NationalRow, SourceInfo } from '@/lib/queries/types.ts';
import { readerShortName, sourceLine } from '@/lib/source-text.ts';

export async function NationalTable({ rows, locale, sources = [] }: { rows: NationalRow[]; locale: Locale; sources?: SourceInfo[] }) {
  const t = await getTranslations('villages');
  // The source named in words (its full entry is in the Sources panel the link jumps to).
  const named = new Map(sources.map((s) => [s.id, { name: readerShortName(s, locale), title: sourceLine(s, locale) }]));
  return (
    <details className="rounded border border-line p-3">
      <summary className="cursor-pointer text-sm font-medium text-accent">{t('nationalTable')}</summary>
      <div className="mt-2 overflow-x-auto" role="region" aria-label={t('nationalTitle')} tabIndex={0}>
        <table className="tabular w-full text-sm" data-testid="national-table">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-2 py-1">{t('colYear')}</th>
              <th scope="col" className="px-2 py-1 text-right">{t('seriesVillages')}</th>
              <th scope="col" className="px-2 py-1 text-right">{t('seriesTowns')}</th>
              <th scope="col" className="px-2 py-1">{t('colReferenceDate')}</th>
              <th scope="col" className="px-2 py-1">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year} className="border-b border-line last:border-0">
                <th scope="row" className="px-2 py-1 text-left font-medium">{r.year}</th>
                <td className="px-2 py-1 text-right">{formatCount(r.villages, locale, r.villagesQualifier)}</td>
                <td className="px-2 py-1 text-right">{formatCount(r.towns, locale, r.townsQualifier)}</td>
                <td className="px-2 py-1">{r.referenceDate ?? GAP}</td>
                <td className="px-2 py-1">
                  <a href={`#source-${r.sourceId}`} className="text-accent underline" title={named.get(r.sourceId)?.title}>{named.get(r.sourceId)?.name ?? t('colSource')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
