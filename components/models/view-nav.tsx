import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import type { GuideParam } from '@/lib/metrics/model-guide.ts';
import { MODELS_TABS, modelsTabHref, type ModelsTab } from '@/lib/views/models-tabs.ts';

/**
 * Overview / The four models / Platform types / Sources and notes as a row of links, one address
 * per view (`?tab=`), each keeping the guide's levels: server rendered, working without
 * JavaScript, Back and Forward step through them; the shown one marked with aria-current. Styled
 * like the Yongkang page's views (components/clusters/yongkang/view-nav.tsx).
 */
export async function ModelsViewNav({ locale, current, levels }: { locale: Locale; current: ModelsTab; levels: Partial<Record<GuideParam, number>> }) {
  const t = await getTranslations('models.views');
  return (
    <nav aria-label={t('nav')} data-testid="models-views" className="-mb-px overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1">
        {MODELS_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={modelsTabHref(locale, tab, levels)}
              aria-current={tab === current ? 'page' : undefined}
              data-tab={tab}
              className={`inline-flex min-h-10 items-center rounded-t border border-b-0 px-3 text-sm font-medium ${
                tab === current ? 'border-line bg-white text-ink' : 'border-transparent text-accent underline-offset-4 hover:bg-accent-soft hover:underline'
              }`}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
