import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FiguresSection, HypothesesSection, ModelSection } from '@/components/clusters/yongkang/sections.tsx';
import { PathDiagramFigure } from '@/components/clusters/yongkang/diagram-figure.tsx';
import { LegacyAnchorRedirect } from '@/components/clusters/yongkang/legacy-anchor.tsx';
import { SampleOverview } from '@/components/clusters/yongkang/sample-overview.tsx';
import { YongkangTableView } from '@/components/clusters/yongkang/table-views.tsx';
import { TablesList } from '@/components/clusters/yongkang/tables-list.tsx';
import { YongkangViewNav } from '@/components/clusters/yongkang/view-nav.tsx';
import { CaseSection } from '@/components/layout/section.tsx';
import { SourceList } from '@/components/sources/sources-panel.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getYongkangPage } from '@/lib/views/clusters/yongkang-page.ts';
import { yongkangViewQuery } from '@/lib/schemas/yongkang-view.ts';
import { pageViewOf } from '@/lib/schemas/page-view.ts';
import { paperNamer } from '@/components/sources/paper-name.ts';
import { sourceHref } from '@/lib/source-link.ts';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic'; // read from the store on each request (the response cache keeps the answer)

export const generateMetadata = sectionMetadata('yongkang', '/clusters/yongkang');

export default async function YongkangPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('yongkang');
  const paperName = await paperNamer();
  const raw = await searchParams;
  // An unknown view falls back to the overview with a line saying so (like the models page's guide).
  const { tab, refused } = pageViewOf(yongkangViewQuery, raw);
  const { cs, tables, noteNumbers: numbers, rates } = await getYongkangPage(locale);

  return (
    <div className="space-y-4 sm:space-y-6">
      {/* Chart first (issue 14): the title and one line, the views, then (on the overview) the path
          diagram; the longer lead closes the page with the paper's particulars. */}
      <header className="max-w-4xl space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-sm text-muted sm:text-base" data-testid="page-subtitle">{t('subtitle')}</p>
      </header>

      <div className="space-y-6">
        <YongkangViewNav locale={locale} current={tab} refused={refused} />
        <div className="space-y-10" data-testid="view-panel" data-tab={tab}>
          {tab === 'overview' ? (
            <>
              <LegacyAnchorRedirect locale={locale} />
              <PathDiagramFigure cs={cs} locale={locale} />
              <FiguresSection cs={cs} locale={locale} numbers={numbers} />
              <ModelSection cs={cs} locale={locale} />
              <SampleOverview cs={cs} rates={rates} locale={locale} />
              <HypothesesSection cs={cs} locale={locale} numbers={numbers} />
              <TablesList tables={tables} locale={locale} />
            </>
          ) : (
            <YongkangTableView tab={tab} cs={cs} tables={tables} numbers={numbers} locale={locale} />
          )}
          {/* The paper's particulars close every view: the first screen is the figures (issue 14). */}
          <CaseSection name="source" title={t('source')} lead={t('lead')}>
            <dl className="grid max-w-4xl grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)] [&_dd]:[overflow-wrap:anywhere]" data-testid="paper-meta">
              <dt className="font-medium">{t('paper')}</dt>
              <dd lang="en">{cs.paper.title}</dd>
              <dt className="font-medium">{t('authors')}</dt>
              <dd lang="en">{cs.paper.authors.join(', ')}</dd>
              <dt className="font-medium">{t('year')}</dt>
              <dd>{cs.paper.year ?? (locale === 'zh' ? cs.paper.yearNote.zh : cs.paper.yearNote.en)}</dd>
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
            <SourceList sources={[cs.source]} locale={locale} />
            <p className="text-xs text-muted">{t('common.derivedLegend')}</p>
          </CaseSection>
        </div>
      </div>
    </div>
  );
}
