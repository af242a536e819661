import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import type { ConstructId } from '@/lib/schemas/case-study-files.ts';
import type { YongkangCaseStudy } from '@/lib/views/clusters/yongkang-page.ts';
import { numberFormat } from '@/lib/i18n/number-format.ts';
import { yongkangTabHref } from '@/lib/views/clusters/yongkang-tabs.ts';
import { PathDiagram } from './path-diagram.tsx';
import { PathDiagramPhone } from './path-diagram-phone.tsx';

const decimal = (x: number, locale: Locale) => numberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 3 }).format(x);

/**
 * The overview's lead figure (issue 14, "chart first"): the paper's structural model as the
 * server-rendered path diagram — what drives the cluster's cross-border e-commerce, with the
 * standardised coefficients of Table 4 — titled, with its one-line reading and the source in words.
 */
export async function PathDiagramFigure({ cs, locale }: { cs: YongkangCaseStudy; locale: Locale }) {
  const t = await getTranslations('yongkang');
  const edges = cs.pathEdges;
  const names = Object.fromEntries(cs.constructs.map((c) => [c.id, locale === 'zh' ? c.name.zh : c.name.en])) as Record<ConstructId, string>;
  const edge = (from: ConstructId, to: ConstructId) => edges.find((e) => e.from === from && e.to === to);
  const est = (from: ConstructId, to: ConstructId) => {
    const e = edge(from, to);
    return e ? decimal(e.estimate, locale) : '';
  };
  const oneStar = edges.find((e) => e.stars === '*');
  const notSignificant = edges.find((e) => !e.significant);
  const description = t('diagram.desc', {
    f1: names.F1,
    f2: names.F2,
    f3: names.F3,
    m: names.M,
    y: names.Y,
    paths: edges.map((e) => t('diagram.pathDesc', { from: e.from, to: e.to, estimate: decimal(e.estimate, locale), sig: e.sigPrinted })).join('; '),
  });
  return (
    // On a phone the reading goes under the diagram (CSS order), so the diagram itself is in the first screen.
    <figure className="flex flex-col gap-2" aria-labelledby="yk-diagram-caption" data-testid="lead-figure">
      <h2 id="yk-diagram-caption" className="text-lg font-semibold">
        {t('diagram.title')}
      </h2>
      <p className="order-1 max-w-4xl text-sm text-muted sm:order-none" data-testid="diagram-summary">
        {t('diagram.summary', {
          f1: est('F1', 'Y'),
          f1sig: edge('F1', 'Y')?.sigPrinted ?? '',
          f2: est('F2', 'Y'),
          f3: est('F3', 'Y'),
          f2m: est('F2', 'M'),
          f3m: est('F3', 'M'),
          my: est('M', 'Y'),
        })}
      </p>
      <div className="overflow-x-auto rounded-lg border border-line p-2" role="region" aria-label={t('diagram.title')} tabIndex={0}>
        {/* One of the two is displayed (CSS breakpoint, no JS): the stacked one below 640 px fits a phone unscrolled. */}
        <PathDiagram edges={edges} names={names} locale={locale} title={t('diagram.svgTitle')} description={description} format={(x) => decimal(x, locale)} />
        <PathDiagramPhone edges={edges} names={names} locale={locale} format={(x) => decimal(x, locale)} />
      </div>
      <figcaption className="order-2 space-y-1 text-xs text-muted sm:order-none">
        <span className="block" data-testid="lead-figure-source">{t('diagram.source')}</span>
        <span className="block">{t('diagram.legendStars')}</span>
        {oneStar ? <span className="block">{t('diagram.legendOneStar', { sig: oneStar.sigPrinted })}</span> : null}
        {notSignificant ? <span className="block">{t('diagram.legendDashed', { sig: notSignificant.sigPrinted })}</span> : null}
        <span className="block">
          <Link href={yongkangTabHref(locale, 'paths', 'section-paths')} className="text-accent underline" data-testid="diagram-alternative">
            {t('diagram.alternative')}
          </Link>{' '}
          {t('diagram.figureNote')}
        </span>
      </figcaption>
    </figure>
  );
}
