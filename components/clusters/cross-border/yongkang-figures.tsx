import { getTranslations } from 'next-intl/server';
import { FigureCard, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { CrossBorderCaseStudy } from '@/lib/views/clusters/cross-border.ts';

/** Yongkang's cross-border e-commerce figures from Zhu and Lu's Yongkang paper (seed003-zhu-lu-yongkang; data/clusters/yongkang.json proseFigures). */
export async function YongkangFigures({ yongkang, link, locale }: { yongkang: CrossBorderCaseStudy['yongkang']; link: string; locale: Locale }) {
  const t = await getTranslations('crossborder');
  return (
    <section aria-labelledby="yongkang-heading" className="space-y-4">
      <h2 id="yongkang-heading" className="text-lg font-semibold">
        {t('yongkang.title', { name: local(yongkang.name, locale) })}
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        {t('yongkang.intro')}
        {locale === 'zh' ? '' : ' '}
        <span lang="en" className="italic">
          {yongkang.paperTitle}
        </span>
        {locale === 'zh' ? '（' : ' ('}
        <span lang="en">{yongkang.authors.join(', ')}</span>
        {locale === 'zh' ? '）。' : ').'}
      </p>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="yongkang-figures">
        {yongkang.figures.map((f) => (
          <FigureCard key={f.id} figure={f} locale={locale} ns="crossborder" />
        ))}
      </ul>
      <p>
        <a href={`/${locale}${link}`} className="font-medium text-accent underline" data-testid="yongkang-link">
          {t('yongkang.link')}
        </a>
      </p>
    </section>
  );
}
