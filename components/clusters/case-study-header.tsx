import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations } from 'next-intl/server';
import type { ClusterNs } from '@/components/clusters/wenzhou/source-note.tsx';

/*
 * What the Wenzhou and cross-border case-study pages share: the page's metadata; the header (the
 * title and one line), which the page's lead figure follows at once (issue 14, "chart first"); and,
 * below that figure, the longer lead with the paper's particulars and what the Chinese texts are,
 * worded from the page's own message namespace. Each page gives its particulars as <dt>/<dd> pairs.
 */


/** A case-study page's generateMetadata: its title and lead. */
export function caseStudyMetadata(namespace: ClusterNs) {
  return sectionMetadata(namespace, `/clusters/${namespace === 'crossborder' ? 'cross-border' : namespace}`);
}

/** The page's title and its one-line subtitle: all that stands above the lead figure. */
export async function CaseStudyHeader({ ns }: { ns: ClusterNs }) {
  const t = await getTranslations(ns);
  return (
    <header className="max-w-3xl space-y-1">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <p className="text-sm text-muted sm:text-base" data-testid="page-subtitle">
        {t('subtitle')}
      </p>
    </header>
  );
}

/** The page's longer lead, the paper's particulars and the translation note, under the lead figure. */
export async function CaseStudyAbout({ ns, children }: { ns: ClusterNs; children: React.ReactNode }) {
  const t = await getTranslations(ns);
  return (
    <section aria-labelledby={`${ns}-about-heading`} className="max-w-3xl space-y-2">
      <h2 id={`${ns}-about-heading`} className="text-lg font-semibold">
        {t('aboutTitle')}
      </h2>
      <p className="text-muted">{t('lead')}</p>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]" data-testid="paper">
        {children}
      </dl>
      <p className="text-xs text-muted">{t('translationNote')}</p>
    </section>
  );
}
