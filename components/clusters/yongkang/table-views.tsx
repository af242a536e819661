import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { paperNamer } from '@/components/sources/paper-name.ts';
import { numberFormat } from '@/lib/i18n/number-format.ts';
import type { YongkangCaseStudy } from '@/lib/views/clusters/yongkang-page.ts';
import type { YongkangTableTab } from '@/lib/views/clusters/yongkang-tabs.ts';
import type { SemTable, TableColumn, TableId, TableRow } from '@/lib/views/clusters/yongkang-tables.ts';
import type { NoteNumbers } from './notes.tsx';
import { TableSection } from './table-section.tsx';

type Props = { tab: YongkangTableTab; cs: YongkangCaseStudy; tables: Record<TableId, SemTable>; numbers: NoteNumbers; locale: Locale };

/** One table of the paper on its own tab: the table section with what belongs to that table alone. */
export async function YongkangTableView({ tab, cs, tables, numbers, locale }: Props) {
  const t = await getTranslations('yongkang');
  const paperName = await paperNamer();
  const pick = (text: { en: string; zh: string }) => (locale === 'zh' ? text.zh : text.en);
  const table = (id: TableId) => tables[id];
  // What every table section takes: the table, its heading, the notes and their numbers.
  const ofTable = (id: TableId) => ({ table: table(id), title: t(`${id}.title`), notes: cs.notesById, locale, numbers });
  const diagonal = (row: TableRow, column: TableColumn) => row.key === column.key;
  const s = cs.sample;

  switch (tab) {
    case 'sample':
      return (
        <TableSection
          {...ofTable('sample')}
          tableTitle={t('sample.tableTitle')}
          minWidth="28rem"
          intro={<p>{t('sample.intro')}</p>}
          before={
            <div className="space-y-2">
              <dl className="grid max-w-4xl grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]" data-testid="sample-survey">
                <dt className="font-medium">{t('sample.mode')}</dt>
                <dd>{pick(s.mode)}</dd>
                <dt className="font-medium">{t('sample.invalid')}</dt>
                <dd>{pick(s.invalidCriteria)}</dd>
                <dt className="font-medium">{t('sample.scope')}</dt>
                <dd>{pick(s.scope)}</dd>
                <dt className="font-medium">{t('sample.preSurvey')}</dt>
                <dd>{pick(s.preSurvey.text)}</dd>
                <dt className="font-medium">{t('sample.scale')}</dt>
                <dd>{pick(s.scale.text)}</dd>
              </dl>
              <p className="text-xs text-muted">
                {t('common.source', { file: paperName(s.source.sourceId), where: '\u0000' }).split('\u0000')[0]}
                <span lang="en">{`${s.source.where}; ${s.preSurvey.source.where}; ${s.scale.source.where}`}</span>
              </p>
              <p className="text-sm text-muted">{pick(s.baseNote)}</p>
            </div>
          }
        />
      );
    case 'items':
      return (
        <TableSection
          {...ofTable('items')}
          minWidth="44rem"
          intro={<p>{t('items.intro', { items: table('items').rows.length, constructs: cs.constructs.length })}</p>}
          before={
            <div className="space-y-1">
              <h3 className="text-sm font-semibold">{t('quality.title')}</h3>
              <ul className="grid gap-2 text-sm sm:grid-cols-3" data-testid="data-quality">
                {cs.dataQuality.map((f) => (
                  <li key={f.id} className="rounded border border-line p-2">
                    <span className="block text-muted">{t(`quality.${f.id === 'kmo' ? 'kmo' : f.id === 'bartlett-chi2' ? 'bartlett' : 'variance'}`)}</span>
                    <span className="block text-lg font-semibold">
                      {numberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 3 }).format(f.value)}
                      {f.unit === 'percent' ? '%' : ''}
                    </span>
                    {f.thresholdPrinted ? (
                      <span className="block text-xs text-muted">
                        {t('quality.threshold', { threshold: '\u0000' }).split('\u0000')[0]}
                        <span lang="en">{f.thresholdPrinted}</span> · {f.meetsThreshold ? `✓ ${t('quality.meets')}` : `✗ ${t('quality.fails')}`}
                        {locale === 'zh' ? `（${t('common.derived')}）` : ` (${t('common.derived')})`}
                      </span>
                    ) : null}
                    {f.significancePrinted ? <span className="block text-xs text-muted">{t('quality.significance', { sig: f.significancePrinted })}</span> : null}
                    <span className="block text-xs text-muted">
                      {t('common.source', { file: paperName(f.source.sourceId), where: '\u0000' }).split('\u0000')[0]}
                      <span lang="en">{f.source.where}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          }
        />
      );
    case 'reliability':
      return <TableSection {...ofTable('reliability')} minWidth="60rem" intro={<p>{t('reliability.intro', { ave: cs.formulas.ave, cr: cs.formulas.cr })}</p>} />;
    case 'validity':
      return <TableSection {...ofTable('validity')} minWidth="60rem" emphasise={diagonal} intro={<p>{t('validity.intro')}</p>} />;
    case 'fit':
      return (
        <TableSection
          {...ofTable('fit')}
          minWidth="48rem"
          intro={<p>{t('fit.intro', { acceptable: String(table('fit').rows.find((r) => r.cells.acceptable_threshold)?.cells.acceptable_threshold ?? '') })}</p>}
        >
          <div className="text-xs text-muted">
            <p className="font-semibold">{t('fit.legendTitle')}</p>
            <ul className="list-inside list-disc">
              {(['RMSEA', 'GFI', 'NFI', 'CFI', 'IFI'] as const).map((k) => (
                <li key={k}>
                  <MixedText text={t(`fit.names.${k}`)} />
                </li>
              ))}
            </ul>
          </div>
        </TableSection>
      );
    case 'paths':
      return (
        <TableSection {...ofTable('paths')} minWidth="48rem" intro={<p>{t('paths.intro')}</p>}>
          <p className="text-xs text-muted">
            {t('common.printedNote')}{' '}
            <q lang="en" className="italic">
              {cs.pathsNotePrinted}
            </q>
          </p>
        </TableSection>
      );
    case 'mediation':
      return <TableSection {...ofTable('mediation')} minWidth="72rem" intro={<p>{t('mediation.intro')}</p>} />;
  }
}
