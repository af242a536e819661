import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount } from '@/lib/i18n/format.ts';
import type { DivisionRegistryStatus } from '@/lib/views/sources.ts';

// Package names and commands are code, not words: set as such (and skipped by the /zh text check).
const code = (chunks: React.ReactNode) => <code className="text-xs">{chunks}</code>;

/** The Sources page's account of the division registry: publisher, code release, date, what is loaded. */
export async function RegistryProvenance({ status, locale }: { status: DivisionRegistryStatus; locale: Locale }) {
  const t = await getTranslations('divisionRegistry');
  return (
    <section aria-labelledby="division-registry" className="max-w-3xl space-y-1 text-sm" data-testid="division-registry">
      <h2 id="division-registry" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p>{t.rich('origin', { code })}</p>
      <p>{t('seeded', { counties: formatCount(status.counties, locale), towns: formatCount(status.towns, locale) })}</p>
      <p data-testid="village-registry">
        {status.villages
          ? t('villagesLoaded', { rows: formatCount(status.villages.rows, locale), date: status.villages.loadedAt.slice(0, 10), package: status.villages.package })
          : t.rich('villagesNotLoaded', { code })}
      </p>
    </section>
  );
}
