import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoteList, SourceList } from '@/components/sources/sources-panel.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getSourcesPage } from '@/lib/views/sources.ts';
import { RegistryProvenance } from '@/components/counties/registry-provenance.tsx';

// Reads the store on every request; data changes only through the seed or an import.
export const dynamic = 'force-dynamic';

type PageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = sectionMetadata('sources', '/sources');

export default async function SourcesPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('sources');
  const { sources, notes: allNotes, registry } = await getSourcesPage();
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-muted">{t('lead')}</p>
      </header>
      <section aria-labelledby="all-sources" className="space-y-3">
        <h2 id="all-sources" className="text-lg font-semibold">{t('allTitle')}</h2>
        <SourceList sources={sources} locale={locale} />
        <p className="text-sm text-muted">{t('mapData')}</p>
      </section>
      <RegistryProvenance status={registry} locale={locale} />
      <section aria-labelledby="all-notes" className="space-y-3">
        <h2 id="all-notes" className="text-lg font-semibold">{t('notesAll')}</h2>
        <NoteList notes={allNotes} locale={locale} sources={sources} />
      </section>
    </div>
  );
}
