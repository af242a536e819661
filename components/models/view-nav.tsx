import { getTranslations } from 'next-intl/server';
import { PageViewNav } from '@/components/view-tabs/page-view-nav.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { GuideParam } from '@/lib/metrics/model-guide.ts';
import { MODELS_TABS, modelsTabHref, type ModelsTab } from '@/lib/views/models-tabs.ts';

/**
 * Overview / The four models / Platform types / Sources and notes: the Business models page's views
 * (components/view-tabs/page-view-nav.tsx), each link keeping the guide's levels.
 */
export async function ModelsViewNav({ locale, current, refused, levels }: { locale: Locale; current: ModelsTab; refused: string | null; levels: Partial<Record<GuideParam, number>> }) {
  const t = await getTranslations('models.views');
  const links = MODELS_TABS.map((tab) => ({ tab, href: modelsTabHref(locale, tab, levels), label: t(tab) }));
  return <PageViewNav label={t('nav')} testId="models-views" links={links} current={current} invalid={refused === null ? null : t('invalid', { value: refused })} />;
}
