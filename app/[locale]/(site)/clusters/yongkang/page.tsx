import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BreakdownChart } from '@/components/clusters/yongkang/breakdown-chart.tsx';
import { exportFileName } from '@/lib/charts/text.ts';
import { settings } from '@/lib/settings.mjs';
import { FiguresSection, HypothesesSection, ModelSection } from '@/components/clusters/yongkang/sections.tsx';
import { TableSection } from '@/components/clusters/yongkang/table-section.tsx';
import { CaseSection } from '@/components/layout/section.tsx';
import { SourceList } from '@/components/sources/sources-panel.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getYongkangPage } from '@/lib/views/clusters/yongkang-page.ts';
import type { TableColumn, TableId, TableRow } from '@/lib/views/clusters/yongkang-tables.ts';
import { formatCount, formatShare } from '@/lib/i18n/format.ts';
import { numberFormat } from '@/lib/i18n/number-format.ts';
import { paperNamer } from '@/components/sources/paper-name.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { sourceHref } from '@/lib/source-link.ts';

type PageProps = { params: Promise<{ locale: Locale }> };

export const dynamic = 'force-dynamic'; // read from the store on each request (the response cache keeps the answer)

export const generateMetadata = sectionMetadata('yongkang', '/clusters/yongkang');

const CONTENTS = ['figures', 'model', 'sample', 'items', 'reliability', 'validity', 'fit', 'paths', 'mediation', 'hypotheses', 'source'] as const;

export default async function YongkangPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('yongkang');
  const paperName = await paperNamer();
  const tc = await getTranslations('charts');
  const { cs, tables, noteNumbers: numbers, rates } = await getYongkangPage(locale);
  const table = (id: TableId) => tables[id];
  const pick = (text: { en: string; zh: string }) => (locale === 'zh' ? text.zh : text.en);
  const s = cs.sample;
  const diagonal = (row: TableRow, column: TableColumn) => row.key === column.key;
  // What every table section takes: the table, its heading, the notes and their numbers.
  const ofTable = (id: TableId) => ({ table: table(id), title: t(`${id}.title`), notes: cs.notesById, locale, numbers });
  const headings: Record<(typeof CONTENTS)[number], string> = {
    figures: t('figures.title'),
    model: t('model.title'),
    sample: t('sample.title'),
    items: t('items.title'),
    reliability: t('reliability.title'),
    validity: t('validity.title'),
    fit: t('fit.title'),
    paths: t('paths.title'),
    mediation: t('mediation.title'),
    hypotheses: t('hypotheses.title'),
    source: t('source'),
  };

  const stats = [
    { key: 'distributed', value: s.distributed, rate: null },
    { key: 'returned', value: s.returned, rate: t('sample.ofDistributed', { share: formatShare(rates.returnedOfDistributed, locale) }) },
    { key: 'valid', value: s.valid, rate: t('sample.ofReturned', { share: formatShare(rates.validOfReturned, locale) }) },
  ] as const;

  const charts = s.breakdowns.map((b) => {
    const dimension = t(`enums.dimension.${b.dimension}`);
    const top = b.categories.reduce((a, c) => (c.sharePct > a.sharePct ? c : a), b.categories[0]!);
    return (
      <BreakdownChart
        key={b.dimension}
        testId={`chart-${b.dimension}`}
        data={b.categories.map((c, i) => ({ key: `${b.dimension}|${i}`, label: pick(c.label), share: c.sharePct, display: `${c.sharePct}%` }))}
        title={t('sample.chartTitle', { dimension })}
        summary={t('sample.chartSummary', { top: pick(top.label), share: top.sharePct, count: b.categories.length, sum: b.sumPct })}
        exportMeta={{
          title: t('sample.chartTitle', { dimension }),
          // No base count: the paper does not say whether the shares are of 254 or of 233 questionnaires.
          subtitle: tc('yongkang.subtitle'),
          source: tc('source', { names: `${cs.paper.authors.join(locale === 'zh' ? '、' : ', ')}, ${cs.paper.title}` }),
          notes: [pick(s.baseNote)],
          url: `${settings().ATLAS_PUBLIC_ORIGIN}/${locale}/clusters/yongkang#section-sample`,
          filename: exportFileName(['yongkang-sample', b.dimension.replace(/([A-Z])/g, '-$1'), locale === 'zh' ? 'zh' : null]),
          lang: locale,
        }}
        exportLabels={{ png: t('sample.png'), svg: t('sample.svg') }}
        valueLabel={t('sample.shareAxis')}
        loadingLabel={{ live: t('sample.chartLoading'), noScript: t('sample.chartNoScript') }}
        wrapAt={locale === 'zh' ? 8 : 22}
        axisWidth={locale === 'zh' ? 108 : 150}
      />
    );
  });

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="max-w-4xl text-muted">{t('lead')}</p>
        <dl className="grid max-w-4xl grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)] [&_dd]:[overflow-wrap:anywhere]" data-testid="paper-meta">
          <dt className="font-medium">{t('paper')}</dt>
          <dd lang="en">{cs.paper.title}</dd>
          <dt className="font-medium">{t('authors')}</dt>
          <dd lang="en">{cs.paper.authors.join(', ')}</dd>
          <dt className="font-medium">{t('year')}</dt>
          <dd>{cs.paper.year ?? pick(cs.paper.yearNote)}</dd>
          <dt className="font-medium">{t('software')}</dt>
          <dd lang="en">{cs.paper.software}</dd>
          <dt className="font-medium">{t('sourceOfPaper')}</dt>
          <dd>
            {paperName(cs.paper.source.sourceId)} ·{' '}
            <a href={sourceHref(locale, cs.source.id)} className="text-accent underline">
              {t('sourcesLink')}
            </a>
          </dd>
          <dt className="font-medium">{t('translationNote')}</dt>
          <dd>{t('translationText')}</dd>
        </dl>
        <nav aria-label={t('contents')} className="max-w-4xl text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {CONTENTS.map((id) => (
              <li key={id}>
                <a href={`#section-${id}`} className="text-accent underline">
                  {headings[id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <FiguresSection cs={cs} locale={locale} numbers={numbers} />

      <ModelSection cs={cs} locale={locale} />

      <TableSection
        {...ofTable('sample')}
        tableTitle={t('sample.tableTitle')}
        minWidth="28rem"
        intro={<p>{t('sample.intro')}</p>}
        before={
          <div className="space-y-4">
            <ul aria-label={t('sample.statsLabel')} className="grid gap-3 sm:grid-cols-3" data-testid="sample-stats">
              {stats.map((x) => (
                <li key={x.key} className="rounded-lg border border-line p-3">
                  <p className="text-sm text-muted">{t(`sample.${x.key}`)}</p>
                  <p className="text-2xl font-bold" data-testid={`sample-${x.key}`}>
                    {formatCount(x.value, locale)}
                  </p>
                  {x.rate ? <p className="text-xs text-muted">{x.rate}</p> : null}
                </li>
              ))}
            </ul>
            <dl className="grid max-w-4xl grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
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
            <h3 className="font-semibold">{t('sample.chartsTitle')}</h3>
            <p className="text-sm text-muted">{pick(s.baseNote)}</p>
            <div className="grid gap-6 lg:grid-cols-2">{charts}</div>
          </div>
        }
      />

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

      <TableSection
        {...ofTable('reliability')}
        minWidth="60rem"
        intro={<p>{t('reliability.intro', { ave: cs.formulas.ave, cr: cs.formulas.cr })}</p>}
      />

      <TableSection {...ofTable('validity')} minWidth="60rem" emphasise={diagonal} intro={<p>{t('validity.intro')}</p>} />

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

      <TableSection {...ofTable('paths')} minWidth="48rem" intro={<p>{t('paths.intro')}</p>}>
        <p className="text-xs text-muted">
          {t('common.printedNote')}{' '}
          <q lang="en" className="italic">
            {cs.pathsNotePrinted}
          </q>
        </p>
      </TableSection>

      <TableSection {...ofTable('mediation')} minWidth="72rem" intro={<p>{t('mediation.intro')}</p>} />

      <HypothesesSection cs={cs} locale={locale} numbers={numbers} />

      <CaseSection name="source" title={t('source')}>
        <SourceList sources={[cs.source]} locale={locale} />
        <p className="text-xs text-muted">{t('common.derivedLegend')}</p>
      </CaseSection>
    </div>
  );
}
