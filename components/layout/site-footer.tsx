import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  return (
    <footer className="mt-12 border-t border-line">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>{t('text')}</p>
        <a href="/api/v1/openapi.json" className="text-accent underline">
          {t('api')}
        </a>
      </div>
    </footer>
  );
}
