import { getTranslations } from 'next-intl/server';
import { PageViewNav } from '@/components/view-tabs/page-view-nav.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { YONGKANG_TABS, yongkangTabHref, type YongkangTab } from '@/lib/views/clusters/yongkang-tabs.ts';

/** Overview / Sample / Table 1 … Table 5: the Yongkang page's views (components/view-tabs/page-view-nav.tsx). */
export async function YongkangViewNav({ locale, current, refused }: { locale: Locale; current: YongkangTab; refused: string | null }) {
  const t = await getTranslations('yongkang.views');
  const links = YONGKANG_TABS.map((tab) => ({ tab, href: yongkangTabHref(locale, tab), label: t(tab) }));
  return <PageViewNav label={t('nav')} testId="yongkang-views" links={links} current={current} invalid={refused === null ? null : t('invalid', { value: refused })} />;
}
