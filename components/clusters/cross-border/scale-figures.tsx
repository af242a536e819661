import { getTranslations } from 'next-intl/server';
import { FigureCard, InlineNotes } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { CrossBorderCaseStudy } from '@/lib/views/clusters/cross-border.ts';

/** Seed 003's national cross-border e-commerce scale (2020), linked to the transaction-scale section's two series. */
export async function ScaleFigures({ study, locale }: { study: CrossBorderCaseStudy; locale: Locale }) {
  const t = await getTranslations('crossborder');
  return (
    <section aria-labelledby="scale-heading" className="space-y-4">
      <h2 id="scale-heading" className="text-lg font-semibold">
        {t('scale.title')}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{t('scale.intro')}</p>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="scale-figures">
        {study.scale.figures.map((f) => (
          <FigureCard key={f.id} figure={f} locale={locale} ns="crossborder" />
        ))}
      </ul>
      <InlineNotes notes={study.scale.notes} locale={locale} ns="crossborder" label={t('scale.notesLabel')} />
      <div className="max-w-3xl space-y-1 rounded-lg bg-accent-soft p-3 text-sm">
        <p data-testid="definitions-sentence">{t('scale.definitions')}</p>
        <p>
          <a href={`/${locale}${study.links.transactions}`} className="font-medium text-accent underline" data-testid="transactions-link">
            {t('scale.link')}
          </a>
        </p>
      </div>
    </section>
  );
}
