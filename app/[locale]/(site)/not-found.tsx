import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/layout/locale-link.tsx';
import { NAV_LINKS } from '@/components/layout/nav-links.ts';

/** The 404 page inside the site's frame, in the page's language, with the way on. */
export default async function NotFound() {
  const [t, nav] = await Promise.all([getTranslations('errors'), getTranslations('nav')]);
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t('code404')}</p>
      <h1 className="text-3xl font-bold">{t('notFound')}</h1>
      <p className="text-muted">{t('notFoundLead')}</p>
      <LocaleLink href="/" prefetch={false} className="inline-flex min-h-11 items-center rounded bg-accent px-4 font-medium text-white no-underline">
        {t('home')}
      </LocaleLink>
      <section aria-labelledby="not-found-sections" className="space-y-2 border-t border-line pt-6">
        <h2 id="not-found-sections" className="text-lg font-semibold">
          {t('notFoundSections')}
        </h2>
        <ul className="grid gap-1 sm:grid-cols-2">
          {NAV_LINKS.map((l) => (
            <li key={l.href}>
              <LocaleLink href={l.href} prefetch={false} className="block rounded px-2 py-2 text-accent hover:bg-accent-soft">
                {nav(l.key)}
              </LocaleLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
