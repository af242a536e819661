import { getTranslations } from 'next-intl/server';
import { SourceRefView, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { WenzhouCaseStudy } from '@/lib/views/clusters/wenzhou.ts';

/** The problems Xia's Wenzhou paper (source seed001-xia-wenzhou) names for Wenzhou's rural e-commerce (section 2.1). */
export async function Problems({ problems, locale }: { problems: WenzhouCaseStudy['problems']; locale: Locale }) {
  const t = await getTranslations('wenzhou');
  return (
    <section aria-labelledby="problems-heading" className="space-y-3">
      <h2 id="problems-heading" className="text-lg font-semibold">
        {t('problems.title')}
      </h2>
      <ol className="max-w-3xl list-decimal space-y-3 pl-6 text-sm">
        {problems.map((p) => (
          <li key={p.id} data-problem={p.id}>
            <p>{local(p.text, locale)}</p>
            <SourceRefView source={p.source} ns="wenzhou" />
          </li>
        ))}
      </ol>
    </section>
  );
}
