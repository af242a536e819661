import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ClusterNs } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';

/*
 * What the Wenzhou and cross-border case-study pages share above their sections: the page's
 * metadata and header (title, lead, the paper's particulars, what the Chinese texts are), worded
 * from the page's own message namespace. Each page gives its particulars as <dt>/<dd> pairs.
 */

type PageProps = { params: Promise<{ locale: Locale }> };

/** A case-study page's generateMetadata: its title and lead. */
export function caseStudyMetadata(namespace: ClusterNs) {
  return async function generateMetadata({ params }: PageProps): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return { title: t('title'), description: t('lead') };
  };
}

export async function CaseStudyHeader({ ns, children }: { ns: ClusterNs; children: React.ReactNode }) {
  const t = await getTranslations(ns);
  return (
    <header className="max-w-3xl space-y-2">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <p className="text-muted">{t('lead')}</p>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]" data-testid="paper">
        {children}
      </dl>
      <p className="text-xs text-muted">{t('translationNote')}</p>
    </header>
  );
}
