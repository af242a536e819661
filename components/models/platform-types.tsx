import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { Badge, BilingualText, pick, Quote, SourceLine } from '@/components/models/parts.tsx';
import type { PlatformType, StatedText } from '@/lib/schemas/model-files.ts';

/** One field of a platform type: the text (quote, paraphrase or "not stated"), and the sentence(s) it rests on. */
async function Field({ label, field, locale }: { label: string; field: StatedText; locale: Locale }) {
  const t = await getTranslations('models');
  const quotes = [field.source.quote, ...(field.source.alsoQuotes ?? [])].filter((q): q is string => Boolean(q));
  return (
    <div className="space-y-1" data-field-kind={field.kind}>
      <dt className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        {label} <Badge tone={field.kind === 'not-stated' ? 'gap' : 'neutral'}>{t(`kind.${field.kind}`)}</Badge>
      </dt>
      <dd className="space-y-1">
        {field.itemsEn && field.itemsZh ? (
          <>
            <ul className="list-disc pl-5 text-sm">
              {(locale === 'zh' ? field.itemsZh : field.itemsEn).map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            {field.openEnded ? <p className="text-xs text-muted">{t('openEnded')}</p> : null}
            {quotes.map((q) => (
              <Quote key={q} text={q} />
            ))}
          </>
        ) : field.kind === 'quote' ? (
          <BilingualText en={field.textEn} zh={field.textZh} locale={locale} isQuote />
        ) : (
          <>
            <p className="text-sm">{pick(locale, field.textEn, field.textZh)}</p>
            {quotes.map((q) => (
              <Quote key={q} text={q} />
            ))}
          </>
        )}
        <SourceLine sourceId={field.source.sourceId} where={field.source.where} />
      </dd>
    </div>
  );
}

/** The five platform types of the platform-types text (seed004-ecommerce-platform-types): how each works, examples, revenue modes and drawbacks as stated. */
export async function PlatformTypes({ types, definition, locale, sourceNote }: { types: PlatformType[]; definition: StatedText; locale: Locale; sourceNote: string }) {
  const t = await getTranslations('models');
  return (
    <div className="space-y-4">
      <div className="space-y-1 rounded-lg border border-line bg-slate-50 p-4">
        <h3 className="font-semibold">{t('platformDefinitionTitle')}</h3>
        <dl>
          <Field label={t('definition')} field={definition} locale={locale} />
        </dl>
        <p className="text-xs text-muted">{sourceNote}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {types.map((p) => (
          <article key={p.id} className="min-w-0 space-y-3 rounded-lg border border-line p-4" data-testid="platform-type" data-platform={p.id} aria-labelledby={`platform-${p.id}`}>
            <h3 id={`platform-${p.id}`} className="text-lg font-semibold">
              {pick(locale, p.nameEn, p.nameZh)}
            </h3>
            <dl className="space-y-3">
              <Field label={t('howItWorks')} field={p.howItWorks} locale={locale} />
              <div className="space-y-1">
                <dt className="text-sm font-semibold">{t('examples')}</dt>
                <dd className="space-y-1">
                  <ul className="flex flex-wrap gap-2 text-sm">
                    {p.examples.map((e) => (
                      <li key={e.name} className="rounded bg-slate-100 px-2 py-0.5">
                        {locale === 'zh' ? (
                          e.nameZh ? (
                            <>
                              {e.nameZh}（<span lang="en">{e.name}</span>）
                            </>
                          ) : (
                            <>
                              <span lang="en">{e.name}</span>（{t('exampleUnidentified')}）
                            </>
                          )
                        ) : (
                          e.name
                        )}
                      </li>
                    ))}
                  </ul>
                  {p.examplesSource.quote ? <Quote text={p.examplesSource.quote} /> : null}
                  <SourceLine sourceId={p.examplesSource.sourceId} where={p.examplesSource.where} />
                </dd>
              </div>
              <Field label={t('revenueModes')} field={p.revenueModes} locale={locale} />
              <Field label={t('drawbacks')} field={p.drawbacks} locale={locale} />
            </dl>
          </article>
        ))}
      </div>
    </div>
  );
}
