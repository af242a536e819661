import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { YONGKANG_TABS, yongkangTabHref, type YongkangTab } from '@/lib/views/clusters/yongkang-tabs.ts';

/**
 * Overview / Sample / Table 1 … Table 5 as a row of links, one address per view (`?tab=`): server
 * rendered, working without JavaScript, Back and Forward step through them; the shown one marked
 * with aria-current. Styled like the data pages' tabs (components/view-tabs), and a nav of links
 * for the same reason: each view is a page of its own.
 */
export async function YongkangViewNav({ locale, current }: { locale: Locale; current: YongkangTab }) {
  const t = await getTranslations('yongkang.views');
  return (
    <nav aria-label={t('nav')} data-testid="yongkang-views" className="-mb-px overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1">
        {YONGKANG_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={yongkangTabHref(locale, tab)}
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
