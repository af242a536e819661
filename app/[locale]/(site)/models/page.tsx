import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GuideForm } from '@/components/models/guide-form.tsx';
import { GuideResult } from '@/components/models/guide-result.tsx';
import { MatrixChart } from '@/components/models/matrix-chart.tsx';
import { exportFileName } from '@/lib/charts/text.ts';
import { MODEL_COLOURS } from '@/lib/palette.ts';
import { settings } from '@/lib/settings.mjs';
import { ModelCards } from '@/components/models/model-cards.tsx';
import { CitedClaim } from '@/components/models/cited-claim.tsx';
import { ModelsNoteList, ModelsSources } from '@/components/models/models-sources.tsx';
import { pick, Quote, SourceLine } from '@/components/models/parts.tsx';
import { PlatformTypes } from '@/components/models/platform-types.tsx';
import { RequirementMatrix } from '@/components/models/requirement-matrix.tsx';
import { ModelsLegacyAnchorRedirect } from '@/components/models/legacy-anchor.tsx';
import { ModelsViewNav } from '@/components/models/view-nav.tsx';
import { modelsViewQuery } from '@/lib/schemas/models-view.ts';
import { pageViewOf } from '@/lib/schemas/page-view.ts';
import type { Locale } from '@/i18n/routing.ts';
import { clusterLevelsOf, parseGuideParams } from '@/lib/schemas/models.ts';
import { getModelsPage } from '@/lib/views/models-page.ts';
import { Section } from '@/components/layout/section.tsx';
import { readerPublisher, readerTitle } from '@/lib/source-text.ts';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export const generateMetadata = sectionMetadata('models', '/models');

export default async function ModelsPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('models');
  const tc = await getTranslations('charts');
  const path = `/${locale}/models`;
  const raw = await searchParams;
  const { query, invalid } = parseGuideParams(raw);
  // An unknown view falls back to the overview with a line saying so (like an invalid guide level).
  const { tab, refused } = pageViewOf(modelsViewQuery, raw);
  const levels = clusterLevelsOf(query);
  const { section, guideSource: seed000Source, body } = await getModelsPage(levels, locale);
  const { entries, analysisWhere, orderSentences, chartRows, matrixNotes, names } = body;
  const { meta: modelsMeta, models: businessModels, contextClaims, guide: guideRules, platformTypes, platformDefinition, platformTypesMeta } = section;
  const ordering = { order: body.order };
  const chartSummary = t('chartSummary', {
    summary: body.chartSummaryParts.map((p) => t('chartModelSummary', p)).join(locale === 'zh' ? '。' : '. '),
  });

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted">{t('leadShort')}</p>
      </header>

      <ModelsViewNav locale={locale} current={tab} refused={refused} levels={query} />
      <div className="space-y-10 pt-4" data-testid="view-panel" data-tab={tab}>
        {tab === 'overview' ? (
          <>
            <ModelsLegacyAnchorRedirect locale={locale} />
            <section id="chart" aria-labelledby="matrix-chart-title" className="scroll-mt-24">
              <MatrixChart
                rows={chartRows}
                series={businessModels.map((m) => ({ id: m.id, label: m.id, color: MODEL_COLOURS[m.id] ?? MODEL_COLOURS.B2B }))}
                levelLabels={{ '1': t('level.1'), '2': t('level.2'), '3': t('level.3') }}
                gapLabel={t('chartGap')}
                title={t('chartHeading')}
                subtitle={tc('models.subtitle')}
                summary={chartSummary}
                axisLabel={t('chartAxis')}
                exportMeta={{
                  title: t('chartHeading'),
                  subtitle: tc('models.subtitle'),
                  // The paper's title as the Sources page shows it, without the transcriber's remark in brackets.
                  source: tc('source', { names: seed000Source ? readerTitle(seed000Source, locale) : '' }),
                  notes: [],
                  url: `${settings().ATLAS_PUBLIC_ORIGIN}${path}`,
                  legend: businessModels.map((m) => ({ label: m.id, colour: MODEL_COLOURS[m.id] ?? MODEL_COLOURS.B2B })),
                  filename: exportFileName(['business-models-requirement-levels', 'b2b-b2c-c2c-o2o', locale === 'zh' ? 'zh' : null]),
                  lang: locale,
                }}
                exportLabels={{ png: t('png'), svg: t('svg') }}
                loadingLabel={{ live: t('chartLoading'), noScript: t('chartNoScript') }}
              />
            </section>
            <Section id="guide" headingId="guide-heading" className="space-y-4" title={t('guideTitle')} lead={t('guideLead')}>
              <div className="max-w-4xl space-y-2 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-sm" data-testid="guide-disclaimer">
                <h3 className="font-semibold">{t('disclaimerTitle')}</h3>
                <p>{pick(locale, guideRules.disclaimerEn, guideRules.disclaimerZh)}</p>
                <h3 className="pt-1 font-semibold">{t('howToApplyTitle')}</h3>
                <p>{pick(locale, guideRules.howToApplyEn, guideRules.howToApplyZh)}</p>
                <h3 className="pt-1 font-semibold">{t('orderRuleTitle')}</h3>
                <p data-testid="guide-order-rule">{t('orderRule', { order: ordering.order.join(' > ') })}</p>
                <details>
                  <summary className="cursor-pointer text-accent">{t('orderRuleSentences')}</summary>
                  <div className="mt-2 space-y-2">
                    {orderSentences.map((q) => (
                      <Quote key={q} text={q} />
                    ))}
                    <SourceLine sourceId={modelsMeta.primarySource.sourceId} where={analysisWhere} />
                  </div>
                </details>
              </div>

              <GuideForm
                path={path}
                state={query}
                labels={{
                  formLabel: t('formLabel'),
                  choose: t('choose'),
                  apply: t('apply'),
                  reset: t('reset'),
                  param: { capital: t('param.capital'), info: t('param.info'), mgmt: t('param.mgmt') },
                  level: { 1: t('level.1'), 2: t('level.2'), 3: t('level.3') },
                }}
              />

              {invalid.length ? (
                <p role="alert" data-testid="invalid-params" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
                  {t('invalidParams', { details: invalid.join('; ') })}
                </p>
              ) : null}

              {entries && levels ? (
                <GuideResult entries={entries} levels={levels} rules={guideRules.models} names={names} rankedCount={ordering.order.length} locale={locale} dimensionLabels={body.dimensionLabels} />
              ) : (
                <p className="rounded border border-dashed border-line p-4 text-sm text-muted" data-testid="guide-prompt">
                  {t('prompt')}
                </p>
              )}

              <div className="space-y-2">
                <h3 className="font-semibold">{t('generalRulesTitle')}</h3>
                <ul className="space-y-3" data-testid="general-rules">
                  {guideRules.generalRules.map((r) => (
                    <CitedClaim key={r.id} text={pick(locale, r.ruleEn, r.ruleZh)} source={r.source} />
                  ))}
                </ul>
              </div>
            </Section>

            <Section
              id="matrix"
              headingId="matrix-heading"
              className="space-y-4"
              title={t('matrixTitle')}
              lead={t('matrixLead')}
              actions={
                <nav aria-label={t('downloads')} className="flex flex-wrap gap-3 text-sm">
                  <a className="text-accent underline" href={`/api/v1/models.csv${locale === 'en' ? '' : `?lang=${locale}`}`} data-testid="csv-matrix" download>
                    {t('csvMatrix')}
                  </a>
                  {/* An API route, not a page: a plain link is right (Link would try a client-side navigation). */}
                  {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
                  <a className="text-accent underline" href="/api/v1/models" data-testid="json-all">
                    {t('jsonAll')}
                  </a>
                </nav>
              }
            >
              <p className="text-xs text-muted">{t('tableAlternative')}</p>
              <RequirementMatrix models={businessModels} locale={locale} where={analysisWhere} dimensionLabels={body.dimensionLabels} />
              <ModelsNoteList notes={matrixNotes} locale={locale} />
            </Section>
          </>
        ) : null}
        {tab === 'models' ? (
          <>
            <section className="max-w-3xl space-y-2 text-sm" data-testid="models-intro">
              <p className="text-muted">{t('lead')}</p>
              <p>
                <span className="font-semibold">
                  {t('scopeNote')}
                  {locale === 'zh' ? '：' : ':'}
                </span>{' '}
                {pick(locale, modelsMeta.comparisonScopeEn, modelsMeta.comparisonScopeZh)}
              </p>
            </section>
            <Section id="models" headingId="models-heading" title={t('modelsTitle')} lead={t('modelsLead')}>
              <ModelCards models={businessModels} contextClaims={contextClaims} locale={locale} />
            </Section>
          </>
        ) : null}
        {tab === 'platforms' ? (
          <Section id="platforms" headingId="platforms-heading" className="space-y-4" title={t('platformsTitle')} lead={t('platformsLead')}>
            <PlatformTypes
              types={platformTypes}
              definition={platformDefinition}
              locale={locale}
              sourceNote={pick(locale, platformTypesMeta.sourceNoteEn, platformTypesMeta.sourceNoteZh)}
            />
            <ModelsNoteList notes={body.platformNotes} locale={locale} testId="platform-notes" />
          </Section>
        ) : null}
        {tab === 'sources' ? (
          <Section id="sources" headingId="sources-heading" className="space-y-4" title={t('sourcesTitle')}>
            <ModelsSources
              sections={body.citedSources}
              seed000={seed000Source && { title: readerTitle(seed000Source, locale), publisher: readerPublisher(seed000Source, locale) }}
              seed004Note={pick(locale, platformTypesMeta.sourceNoteEn, platformTypesMeta.sourceNoteZh)}
              locale={locale}
            />
            <div className="text-sm">
              <p>{t('apiNote')}</p>
              <ul className="list-disc pl-5">
                <li>
                  {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- an API route, not a page */}
                  <a className="text-accent underline" href="/api/v1/models">
                    /api/v1/models
                  </a>
                </li>
                <li>
                  <a className="text-accent underline" href="/api/v1/models.csv">
                    /api/v1/models.csv
                  </a>
                </li>
              </ul>
            </div>
          </Section>
        ) : null}
        {/* Our own words, not the data file's note (which speaks of its fields). */}
        {locale === 'zh' ? <p className="text-xs text-muted">{t('translationNote')}</p> : null}
      </div>
    </div>
  );
}
