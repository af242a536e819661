import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DevelopmentFactors } from '@/components/clusters/wenzhou/development-factors.tsx';
import { IndexSystem } from '@/components/clusters/wenzhou/index-system.tsx';
import { KeyFigures } from '@/components/clusters/wenzhou/key-figures.tsx';
import { Problems } from '@/components/clusters/wenzhou/problems.tsx';
import { AllNotes, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getWenzhouCaseStudy } from '@/lib/clusters/wenzhou.ts';

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'wenzhou' });
  return { title: t('title'), description: t('lead') };
}

export default async function WenzhouPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('wenzhou');
  const study = getWenzhouCaseStudy();
  const { paper } = study;
  return (
    <div className="space-y-10">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted">{t('lead')}</p>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]" data-testid="paper">
          <dt className="text-muted">{t('paper')}</dt>
          <dd>
            <span lang="en">{paper.title}</span> · {paper.authors.join(', ')}
          </dd>
          <dt className="text-muted">{t('paperYear')}</dt>
          <dd>{paper.year ?? local(paper.yearNote, locale)}</dd>
          <dt className="text-muted">{t('seedFile')}</dt>
          <dd>
            <span className="font-mono">{paper.source.file}</span>
            {paper.sourceId ? (
              <>
                {' · '}
                <a className="text-accent underline" href={`/${locale}/sources#source-${paper.sourceId}`}>
                  {t('sourcesLink')}
                </a>
              </>
            ) : null}
          </dd>
        </dl>
        <p className="text-xs text-muted">{t('translationNote')}</p>
      </header>

      <KeyFigures study={study} locale={locale} />
      <IndexSystem index={study.indexSystem} notes={study.notes} locale={locale} />
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
