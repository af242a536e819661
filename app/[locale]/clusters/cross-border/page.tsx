import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LogisticsModels } from '@/components/clusters/cross-border/logistics-models.tsx';
import { PointsList } from '@/components/clusters/cross-border/points-list.tsx';
import { ScaleFigures } from '@/components/clusters/cross-border/scale-figures.tsx';
import { YongkangFigures } from '@/components/clusters/cross-border/yongkang-figures.tsx';
import { AllNotes, SourceRefView, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getCrossBorderCaseStudy } from '@/lib/clusters/cross-border.ts';

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'crossborder' });
  return { title: t('title'), description: t('lead') };
}

export default async function CrossBorderPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('crossborder');
  const study = getCrossBorderCaseStudy();
  const { paper } = study;
  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted">{t('lead')}</p>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]" data-testid="paper">
          <dt className="text-muted">{t('paper')}</dt>
          <dd>{local(paper.titleNote, locale)}</dd>
          <dt className="text-muted">{t('seedFile')}</dt>
          <dd className="font-mono">{paper.source.file}</dd>
          <dt className="text-muted">{t('figures')}</dt>
          <dd>{local(paper.figuresNote, locale)}</dd>
        </dl>
        <p className="text-xs text-muted">{t('translationNote')}</p>
      </header>

      <section aria-labelledby="logistics-heading" className="space-y-4">
        <h2 id="logistics-heading" className="text-lg font-semibold">
          {t('logistics.title')}
        </h2>
        <PointsList points={study.logisticsOverview} notes={study.notes} locale={locale} testId="logistics-points" />
        <LogisticsModels models={study.logisticsModels} notes={study.notes} locale={locale} />
      </section>

      <section aria-labelledby="government-heading" className="space-y-4">
        <h2 id="government-heading" className="text-lg font-semibold">
          {t('government.title')}
        </h2>
        <PointsList points={study.governmentRole} notes={study.notes} locale={locale} testId="government-points" />
      </section>

      <section aria-labelledby="talent-heading" className="space-y-4">
        <h2 id="talent-heading" className="text-lg font-semibold">
          {t('talent.title')}
        </h2>
        <PointsList points={study.talentShortage} notes={study.notes} locale={locale} testId="talent-points" />
      </section>

      <section aria-labelledby="other-heading" className="space-y-4">
        <h2 id="other-heading" className="text-lg font-semibold">
          {t('other.title')}
        </h2>
        <PointsList points={study.otherPoints} notes={study.notes} locale={locale} testId="other-points" />
      </section>

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
