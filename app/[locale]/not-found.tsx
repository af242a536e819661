import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/layout/locale-link.tsx';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="mx-auto max-w-xl space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('notFound')}</h1>
      <LocaleLink href="/" className="text-accent underline">
        {t('home')}
      </LocaleLink>
    </div>
  );
}
