import { getTranslations } from 'next-intl/server';
import { FigureCard } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { WenzhouCaseStudy } from '@/lib/views/clusters/wenzhou.ts';

/** Wenzhou's key figures, each with its source and notes; the link into the villages ranking filtered to Zhejiang. */
export async function KeyFigures({ study, locale }: { study: WenzhouCaseStudy; locale: Locale }) {
  const t = await getTranslations('wenzhou');
  return (
    <section aria-labelledby="figures-heading" className="space-y-4">
      <h2 id="figures-heading" className="text-lg font-semibold">
        {t('figures.title')}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{t('figures.intro')}</p>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="key-figures">
        {study.keyFigures.map((f) => (
          <FigureCard key={f.id} figure={f} locale={locale} ns="wenzhou" />
        ))}
      </ul>
      <p>
        <a href={`/${locale}${study.links.villages}`} className="font-medium text-accent underline" data-testid="villages-link">
          {t('figures.villagesLink', { province: locale === 'zh' ? study.cluster.province.zh : study.cluster.province.en })}
        </a>
      </p>
      {study.otherFigures.length ? (
        <div className="space-y-2 rounded-lg bg-slate-50 p-3" data-testid="other-figures">
          <h3 className="font-semibold">{t('figures.otherTitle')}</h3>
          <p className="text-sm text-muted">{t('figures.otherIntro')}</p>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {study.otherFigures.map((f) => (
              <FigureCard key={f.id} figure={f} locale={locale} ns="wenzhou" />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
