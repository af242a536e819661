import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { tabLinks, type ViewTab } from '@/lib/schemas/view-tabs.ts';

type Props = { path: string; params: URLSearchParams; tabs: readonly ViewTab[]; current: ViewTab };

/**
 * Chart / Map / Table / Sources / Download as a row of links sharing the view's URL (Grapher-like):
 * each is a real address (server-rendered, works without JavaScript, Back and Forward step through
 * tabs), the shown one marked with aria-current. A nav of links rather than role="tab" because
 * each tab is a page of its own, reached by a link, and the ARIA tabs pattern promises arrow keys
 * and a panel switched in place.
 */
export async function ViewTabs({ path, params, tabs, current }: Props) {
  const t = await getTranslations('viewTabs');
  return (
    <nav aria-label={t('nav')} data-testid="view-tabs" className="-mb-px overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1">
        {tabLinks(path, params, tabs, current).map((link) => (
          <li key={link.tab}>
            <Link
              href={link.href}
              scroll={false}
              aria-current={link.current ? 'page' : undefined}
              data-tab={link.tab}
              className={`inline-flex min-h-10 items-center rounded-t border border-b-0 px-3 text-sm font-medium sm:px-4 ${
                link.current ? 'border-line bg-white text-ink' : 'border-transparent text-accent underline-offset-4 hover:bg-accent-soft hover:underline'
              }`}
            >
              {t(`tabs.${link.tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
