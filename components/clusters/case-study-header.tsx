import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations } from 'next-intl/server';
import type { ClusterNs } from '@/components/clusters/wenzhou/source-note.tsx';

/*
 * What the Wenzhou and cross-border case-study pages share above their sections: the page's
 * metadata and header (title, lead, the paper's particulars, what the Chinese texts are), worded
 * from the page's own message namespace. Each page gives its particulars as <dt>/<dd> pairs.
 */


/** A case-study page's generateMetadata: its title and lead. */
export function caseStudyMetadata(namespace: ClusterNs) {
  return sectionMetadata(namespace, `/clusters/${namespace === 'crossborder' ? 'cross-border' : namespace}`);
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
