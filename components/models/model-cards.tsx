import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { BilingualText, pick, Quote, SourceLine, seedId } from '@/components/models/parts.tsx';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { CitedClaim } from '@/components/models/cited-claim.tsx';
import { clauseSeparator } from '@/lib/i18n/punctuation.ts';
import type { BusinessModel } from '@/lib/schemas/model-files.ts';

type ContextClaim = { id: string; textEn: string; textZh: string; source: { sourceId: string; where: string; quote?: string | null; alsoQuotes?: string[] } };

function platformLabel(p: BusinessModel['typicalPlatforms'][number], locale: Locale, unidentified: string) {
  if (locale === 'en') return p.name;
  // The printed (English) name is marked as English beside the Chinese one.
  return p.nameZh ? (
    <>
      {p.nameZh}（<span lang="en">{p.name}</span>）
    </>
  ) : (
    <>
      <span lang="en">{p.name}</span>（{unidentified}）
    </>
  );
}

/** Definition, typical platforms and related examples of B2B, B2C, C2C and O2O. */
export async function ModelCards({ models, contextClaims, locale }: { models: BusinessModel[]; contextClaims: ContextClaim[]; locale: Locale }) {
  const t = await getTranslations('models');
  return (
    <div className="space-y-6">
      <div className="grid gap-4 lg:grid-cols-2">
        {models.map((m) => {
          const d = m.definition;
          return (
            <article key={m.id} className="min-w-0 space-y-3 rounded-lg border border-line p-4" data-testid="model-card" data-model={m.id} aria-labelledby={`model-${m.id}`}>
              <h3 id={`model-${m.id}`} className="text-lg font-semibold">
                {m.id} <span className="font-normal text-muted">· {pick(locale, m.nameEn, m.nameZh)}</span>
              </h3>
              <div className="space-y-1">
                <h4 className="text-sm font-semibold">
                  {t('definition')}
                  {locale === 'zh' ? '' : ' '}
                  <span className="font-normal text-muted">{locale === 'zh' ? `（${t(`definitionKind.${d.kind}`)}）` : `(${t(`definitionKind.${d.kind}`)})`}</span>
                </h4>
                <BilingualText en={d.textEn} zh={d.textZh} locale={locale} isQuote />
                <SourceLine sourceId={d.source.sourceId} where={d.source.where} />
                {d.kindNoteEn ? <p className="text-xs text-muted"><MixedText text={pick(locale, d.kindNoteEn, d.kindNoteZh ?? d.kindNoteEn)} /></p> : null}
                {d.noteEn ? <p className="text-xs text-muted"><MixedText text={pick(locale, d.noteEn, d.noteZh ?? d.noteEn)} /></p> : null}
                {d.alsoSource ? (
                  <p className="text-xs text-muted [overflow-wrap:anywhere]">
                    {t('alsoSource', { seed: t('seed', { id: seedId(d.alsoSource.sourceId) }) })}{clauseSeparator(locale)}“<span lang="en">{d.alsoSource.where}</span>”
                  </p>
                ) : null}
              </div>
              <div className="space-y-1">
                <h4 className="text-sm font-semibold">{t('typicalPlatforms')}</h4>
                {m.typicalPlatforms.length ? (
                  <>
                    <ul className="flex flex-wrap gap-2 text-sm" data-testid="typical-platforms">
                      {m.typicalPlatforms.map((p) => (
                        <li key={p.name} className="rounded bg-slate-100 px-2 py-0.5">
                          {platformLabel(p, locale, t('exampleUnidentified'))}
                        </li>
                      ))}
                    </ul>
                    <p className="text-xs text-muted">{t('platformsAsPrinted')}</p>
                    {m.typicalPlatforms[0]!.source.quote ? <Quote text={m.typicalPlatforms[0]!.source.quote} /> : null}
                    <SourceLine sourceId={m.typicalPlatforms[0]!.source.sourceId} where={m.typicalPlatforms[0]!.source.where} />
                  </>
                ) : (
                  <p className="text-sm">
                    {t('noPlatforms')} {m.typicalPlatformsNoteEn ? pick(locale, m.typicalPlatformsNoteEn, m.typicalPlatformsNoteZh ?? m.typicalPlatformsNoteEn) : null}
                  </p>
                )}
              </div>
              {m.relatedPhenomena.map((r) => (
                <div key={r.nameEn} className="space-y-1">
                  <h4 className="text-sm font-semibold">
                    {t('relatedPhenomena')}
                    {locale === 'zh' ? '：' : ': '}
                    {pick(locale, r.nameEn, r.nameZh)}
                  </h4>
                  <p className="text-sm">{pick(locale, r.textEn, r.textZh)}</p>
                  {r.source.quote ? <Quote text={r.source.quote} /> : null}
                  <SourceLine sourceId={r.source.sourceId} where={r.source.where} />
                </div>
              ))}
              {m.relatedExamples.map((r) => (
                <div key={r.textEn} className="space-y-1">
                  <h4 className="text-sm font-semibold">{t('relatedExamples')}</h4>
                  <p className="text-sm">{pick(locale, r.textEn, r.textZh)}</p>
                  {r.source.quote ? <Quote text={r.source.quote} /> : null}
                  <SourceLine sourceId={r.source.sourceId} where={r.source.where} />
                </div>
              ))}
            </article>
          );
        })}
      </div>
      <section aria-labelledby="context-heading" className="space-y-2">
        <h3 id="context-heading" className="font-semibold">
          {t('contextTitle')}
        </h3>
        <ul className="space-y-3">
          {contextClaims.map((c) => (
            <CitedClaim key={c.id} text={pick(locale, c.textEn, c.textZh)} source={c.source} />
          ))}
        </ul>
      </section>
    </div>
  );
}
