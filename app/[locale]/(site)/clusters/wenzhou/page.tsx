import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CaseStudyAbout, CaseStudyHeader, caseStudyMetadata } from '@/components/clusters/case-study-header.tsx';
import { WenzhouFigure1Chart } from '@/components/clusters/wenzhou/figure1-chart.tsx';
import { DevelopmentFactors } from '@/components/clusters/wenzhou/development-factors.tsx';
import { IndexSystem } from '@/components/clusters/wenzhou/index-system.tsx';
import { KeyFigures } from '@/components/clusters/wenzhou/key-figures.tsx';
import { Problems } from '@/components/clusters/wenzhou/problems.tsx';
import { AllNotes, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getWenzhouCaseStudy } from '@/lib/views/clusters/wenzhou.ts';
import { getWenzhouFigure1 } from '@/lib/views/clusters/wenzhou-chart.ts';
import { paperNamer } from '@/components/sources/paper-name.ts';
import { sourceHref } from '@/lib/source-link.ts';
import { wenzhouTabHref, wenzhouViewQuery } from '@/lib/schemas/wenzhou-view.ts';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic'; // read from the store on each request (the response cache keeps the answer)

export const generateMetadata = caseStudyMetadata('wenzhou');

export default async function WenzhouPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('wenzhou');
  const paperName = await paperNamer();
  // An unknown view falls back to the overview.
  const parsed = wenzhouViewQuery.safeParse(await searchParams);
  const tab = parsed.success ? parsed.data.tab : 'overview';
  const [study, figure1] = await Promise.all([getWenzhouCaseStudy(), tab === 'overview' ? getWenzhouFigure1(locale) : null]);
  const { paper } = study;
  if (tab === 'index') {
    // The whole of Table 1 (and the notes it links to) on a view of its own.
    return (
      <div className="space-y-10">
        <div className="space-y-3">
          <CaseStudyHeader ns="wenzhou" />
          <p className="text-sm">
            <a className="text-accent underline" href={wenzhouTabHref(locale, 'overview')} data-testid="overview-link">
              {t('tree.back')}
            </a>
          </p>
        </div>
        <IndexSystem index={study.indexSystem} notes={study.notes} locale={locale} />
        <AllNotes notes={study.notes} locale={locale} ns="wenzhou" headingId="wenzhou-notes-heading" />
      </div>
    );
  }
  return (
    <div className="space-y-10">
      {/* Chart first (issue 14): the title and one line, then the paper's Figure 1; the particulars follow. */}
      <div className="space-y-3 sm:space-y-4">
        <CaseStudyHeader ns="wenzhou" />
        <WenzhouFigure1Chart figure={figure1!} locale={locale} />
      </div>
      <CaseStudyAbout ns="wenzhou">
        <dt className="text-muted">{t('paper')}</dt>
        <dd>
          <span lang="en">{paper.title}</span> · <span lang="en">{paper.authors.join(', ')}</span>
        </dd>
        <dt className="text-muted">{t('paperYear')}</dt>
        <dd>{paper.year ?? local(paper.yearNote, locale)}</dd>
        <dt className="text-muted">{t('sourceOfPaper')}</dt>
        <dd>
          <span>{paperName(paper.source.sourceId)}</span>
          {paper.sourceId ? (
            <>
              {' · '}
              <a className="text-accent underline" href={sourceHref(locale, paper.sourceId)}>
                {t('sourcesLink')}
              </a>
            </>
          ) : null}
        </dd>
      </CaseStudyAbout>

      <KeyFigures study={study} locale={locale} />
      <IndexSystem index={study.indexSystem} notes={study.notes} locale={locale} full={false} />
      <DevelopmentFactors factors={study.developmentFactors} fieldwork={study.fieldwork} notes={study.notes} locale={locale} />
      <Problems problems={study.problems} locale={locale} />
      <AllNotes notes={study.notes} locale={locale} ns="wenzhou" headingId="wenzhou-notes-heading" />
      <p className="text-sm">
        <a className="text-accent underline" href={`/api/v1/clusters/${study.id}`}>
          {t('api')}
        </a>
      </p>
    </div>
  );
}
