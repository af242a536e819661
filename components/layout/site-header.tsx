import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import type { Locale } from '@/i18n/routing.ts';
import { LocaleLink } from '@/components/layout/locale-link.tsx';
import { LocaleSwitch } from '@/components/layout/locale-switch.tsx';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations('nav');
  const meta = await getTranslations('meta');
  const links = [
    { href: '/villages', label: t('villages') },
    { href: '/users', label: t('users') },
    { href: '/transactions', label: t('transactions') },
    { href: '/models', label: t('models') },
    { href: '/clusters/wenzhou', label: t('wenzhou') },
    { href: '/clusters/yongkang', label: t('yongkang') },
    { href: '/clusters/cross-border', label: t('crossBorder') },
    { href: '/sources', label: t('sources') },
  ] as const;
  // No prefetching: every page links to every section, and prefetching them would load the
  // chunks of all sections (Recharts among them) on every page.
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <LocaleLink href="/" prefetch={false} className="text-lg font-semibold text-ink no-underline">
          {meta('siteName')}
        </LocaleLink>
        <nav aria-label={t('label')} className="flex flex-1 flex-wrap gap-4">
          {links.map((l) => (
            <LocaleLink key={l.href} href={l.href} prefetch={false} className="text-accent underline-offset-4 hover:underline">
              {l.label}
            </LocaleLink>
          ))}
        </nav>
        <Suspense>
          <LocaleSwitch locale={locale} label={t('language')} switchTo={t('switchTo')} />
        </Suspense>
      </div>
    </header>
  );
}
