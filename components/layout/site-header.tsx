import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import type { Locale } from '@/i18n/routing.ts';
import { LocaleLink } from '@/components/layout/locale-link.tsx';
import { LocaleSwitch } from '@/components/layout/locale-switch.tsx';
import { NAV_LINKS } from '@/components/layout/nav-links.ts';
import { NavMenu } from '@/components/layout/nav-menu.tsx';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations('nav');
  const meta = await getTranslations('meta');
  // No prefetching: every page links to every section, and prefetching them would load the
  // chunks of all sections (Recharts among them) on every page.
  const links = (className: string) =>
    NAV_LINKS.map((l) => (
      <li key={l.href}>
        <LocaleLink href={l.href} prefetch={false} className={className}>
          {t(l.key)}
        </LocaleLink>
      </li>
    ));
  return (
    <header className="relative border-b border-line bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <LocaleLink href="/" prefetch={false} className="text-lg font-semibold text-ink no-underline">
          {meta('siteName')}
        </LocaleLink>
        {/* Wide screens: the sections in one row. Narrow screens: behind a menu button, so the
            page's content starts in the first screen; <details> opens without JavaScript. Only
            one of the two is displayed at a time, so readers and axe meet one navigation. */}
        <nav aria-label={t('label')} className="hidden flex-1 lg:block">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">{links('text-accent underline-offset-4 hover:underline')}</ul>
        </nav>
        <div className="ml-auto lg:ml-0">
          <Suspense>
            <LocaleSwitch locale={locale} label={t('language')} switchTo={t('switchTo')} />
          </Suspense>
        </div>
        <NavMenu className="lg:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border border-line px-3 text-sm font-medium text-accent [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
              <rect y="3" width="20" height="2.2" rx="1" />
              <rect y="9" width="20" height="2.2" rx="1" />
              <rect y="15" width="20" height="2.2" rx="1" />
            </svg>
            <span>{t('menu')}</span>
          </summary>
          <nav aria-label={t('label')} className="absolute inset-x-0 z-40 mt-3 border-b border-line bg-white px-4 pb-4 shadow-md sm:px-6">
            <ul className="grid gap-1 sm:grid-cols-2">{links('block rounded px-2 py-2 text-accent hover:bg-accent-soft')}</ul>
          </nav>
        </NavMenu>
      </div>
    </header>
  );
}
