import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CaseStudyAbout, CaseStudyHeader, caseStudyMetadata } from '@/components/clusters/case-study-header.tsx';
import { CrossBorderScaleFigure } from '@/components/clusters/cross-border/scale-chart.tsx';
import { LogisticsModels } from '@/components/clusters/cross-border/logistics-models.tsx';
import { PointsList } from '@/components/clusters/cross-border/points-list.tsx';
import { ScaleFigures } from '@/components/clusters/cross-border/scale-figures.tsx';
import { YongkangFigures } from '@/components/clusters/cross-border/yongkang-figures.tsx';
import { AllNotes, SourceRefView, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getCrossBorderCaseStudy } from '@/lib/views/clusters/cross-border.ts';
import { getCrossBorderScaleChart } from '@/lib/views/clusters/cross-border-chart.ts';
import { paperNamer } from '@/components/sources/paper-name.ts';

type PageProps = { params: Promise<{ locale: Locale }> };

export const dynamic = 'force-dynamic'; // read from the store on each request (the response cache keeps the answer)

export const generateMetadata = caseStudyMetadata('crossborder');

/** One part of the paper's points: a heading (its id labels the section) and what goes under it. */
function PointsSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function CrossBorderPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('crossborder');
  const paperName = await paperNamer();
  const [study, chart] = await Promise.all([getCrossBorderCaseStudy(), getCrossBorderScaleChart(locale, await getTranslations('series'))]);
  const { paper } = study;
  return (
    <div className="space-y-10">
      {/* Chart first (issue 14): the title and one line, then the national scale chart; the particulars follow. */}
      <div className="space-y-3 sm:space-y-4">
        <CaseStudyHeader ns="crossborder" />
        <CrossBorderScaleFigure chart={chart} locale={locale} sectionHref={`/${locale}${study.links.transactions}`} />
      </div>
      <CaseStudyAbout ns="crossborder">
        <dt className="text-muted">{t('paper')}</dt>
        <dd>{local(paper.titleNote, locale)}</dd>
        <dt className="text-muted">{t('sourceOfPaper')}</dt>
        <dd>{paperName(paper.source.sourceId)}</dd>
        <dt className="text-muted">{t('figures')}</dt>
        <dd>{local(paper.figuresNote, locale)}</dd>
      </CaseStudyAbout>

      <PointsSection id="logistics" title={t('logistics.title')}>
        <PointsList points={study.logisticsOverview} notes={study.notes} locale={locale} testId="logistics-points" />
        <LogisticsModels models={study.logisticsModels} notes={study.notes} locale={locale} />
      </PointsSection>

      <PointsSection id="government" title={t('government.title')}>
        <PointsList points={study.governmentRole} notes={study.notes} locale={locale} testId="government-points" />
      </PointsSection>

      <PointsSection id="talent" title={t('talent.title')}>
        <PointsList points={study.talentShortage} notes={study.notes} locale={locale} testId="talent-points" />
      </PointsSection>

      <PointsSection id="other" title={t('other.title')}>
        <PointsList points={study.otherPoints} notes={study.notes} locale={locale} testId="other-points" />
      </PointsSection>

      <ScaleFigures study={study} locale={locale} />
      <YongkangFigures yongkang={study.yongkang} link={study.links.yongkang} locale={locale} />

      <AllNotes notes={[...study.notes, ...study.scale.notes]} locale={locale} ns="crossborder" headingId="crossborder-notes-heading" />
      <div className="space-y-1 text-sm">
        <SourceRefView source={paper.source} ns="crossborder" />
        <p>
          <a className="text-accent underline" href={`/api/v1/clusters/${study.id}`}>
            {t('api')}
          </a>
        </p>
      </div>
    </div>
  );
}
