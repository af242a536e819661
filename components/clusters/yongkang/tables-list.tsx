import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { CaseSection } from '@/components/layout/section.tsx';
import type { SemTable, TableId } from '@/lib/views/clusters/yongkang-tables.ts';
import { YONGKANG_TABLE_TABS, yongkangTabHref } from '@/lib/views/clusters/yongkang-tabs.ts';

/**
 * The overview's list of the paper's tables, each a link to its tab. An entry carries the anchor
 * its table had when every table was on this page (`section-paths` …), so an old link followed
 * without JavaScript lands on the way to the table (with JavaScript it goes to the tab itself:
 * legacy-anchor.tsx). The sample's anchor stays on the overview's sample section.
 */
export async function TablesList({ tables, locale }: { tables: Record<TableId, SemTable>; locale: Locale }) {
  const t = await getTranslations('yongkang');
  return (
    <CaseSection name="tables" title={t('views.tablesTitle')} lead={t('views.tablesLead')}>
      <ul className="grid gap-2 text-sm sm:grid-cols-2" data-testid="tables-list">
        {YONGKANG_TABLE_TABS.map((id) => (
          <li key={id} id={id === 'sample' ? undefined : `section-${id}`} data-table={id} className="scroll-mt-24">
            <Link href={yongkangTabHref(locale, id)} className="flex min-h-10 flex-col rounded-lg border border-line px-3 py-2 hover:bg-accent-soft">
              <span className="font-medium text-accent underline">{t(id === 'sample' ? 'sample.tableTitle' : `${id}.title`)}</span>
              <span className="text-xs text-muted">{t('views.rows', { count: tables[id].rows.length })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </CaseSection>
  );
}
