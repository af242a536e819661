import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { Link } from '@/i18n/navigation.ts';
import type { Locale } from '@/i18n/routing.ts';
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
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold text-ink no-underline">
          {meta('siteName')}
        </Link>
        <nav aria-label={t('label')} className="flex flex-1 flex-wrap gap-4">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="text-accent underline-offset-4 hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
        <Suspense>
          <LocaleSwitch locale={locale} label={t('language')} switchTo={t('switchTo')} />
        </Suspense>
      </div>
    </header>
  );
}
