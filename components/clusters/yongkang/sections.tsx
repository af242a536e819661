import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { resolveNotes, uniqueIds } from '@/lib/views/clusters/common.ts';
import { cleanLatex } from '@/lib/views/clusters/latex.ts';
import type { ProseFigure, YongkangCaseStudy } from '@/lib/views/clusters/yongkang-page.ts';
import { formatCount, formatQuantity } from '@/lib/i18n/format.ts';
import { NoteMarkers, SectionNotes, type NoteNumbers } from './notes.tsx';
import { CaseSection } from '@/components/layout/section.tsx';
import { sortByNumber } from './table-section.tsx';
import { numberFormat } from '@/lib/i18n/number-format.ts';
import { paperNamer } from '@/components/sources/paper-name.ts';

const pick = (text: { en: string; zh: string }, locale: Locale) => (locale === 'zh' ? text.zh : text.en);
const decimal = (x: number, locale: Locale, digits = 3) => numberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(x);

function Quote({ text, where }: { text: string; where: string }) {
  return (
    <figure className="text-sm">
      <blockquote lang="en" className="border-l-2 border-slate-300 pl-2 italic text-muted [overflow-wrap:anywhere]">
        “{cleanLatex(text)}”
      </blockquote>
      {/* The seed file and the paper's own (English) section title. */}
      <figcaption lang="en" className="mt-0.5 text-xs text-muted">
        {where}
      </figcaption>
    </figure>
  );
}

/** A prose figure as the paper gives it: qualifier, unit and year per locale. */
async function figureValue(f: ProseFigure, locale: Locale): Promise<string> {
  const t = await getTranslations('yongkang.figures');
  let text: string;
  if (f.unit === 'yuan') text = formatQuantity(f.value, 'yuan', locale);
  else if (f.unit === 'percent') text = f.baseYear ? t('growth', { value: decimal(f.value, locale, 1), year: f.baseYear }) : t('percent', { value: decimal(f.value, locale, 1) });
  else if (f.unit === 'enterprises') text = t('firms', { value: formatCount(f.value, locale) });
  else text = decimal(f.value, locale);
  if (f.qualifier === 'about') return t('about', { value: text });
  if (f.qualifier === 'more than') return t('moreThan', { value: text });
  return text;
}

export async function FiguresSection({ cs, locale, numbers }: { cs: YongkangCaseStudy; locale: Locale; numbers: NoteNumbers }) {
  const paper = await paperNamer();
  const t = await getTranslations('yongkang.figures');
  const common = await getTranslations('yongkang.common');
  const section = 'figures';
  const [china, chinaGrowth] = cs.nationalFigures;
  const values = await Promise.all(cs.figures.map((f) => figureValue(f, locale)));
  return (
    <CaseSection name="figures" title={t('title')} lead={t('intro')}>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="prose-figures">
        {cs.figures.map((f, i) => (
          <li key={f.id} data-figure={f.id} className="space-y-2 rounded-lg border border-line p-3">
            <p className="text-sm font-medium">{pick(f.label, locale)}</p>
            <p className="text-2xl font-bold text-accent">
              <span data-testid={`figure-${f.id}`}>{values[i]}</span>
              <NoteMarkers ids={f.noteIds} section={section} numbers={numbers} />
            </p>
            <p className="text-xs text-muted">
              {f.year ? t('year', { year: f.year }) : f.yearNote ? pick(f.yearNote, locale) : t('noYear')}
              {f.rankNote ? ` · ${pick(f.rankNote, locale)}` : ''}
            </p>
            <Quote text={f.source.quote ?? ''} where={`${paper(f.source.sourceId)}, ${f.source.where}`} />
          </li>
        ))}
      </ul>
      {china && chinaGrowth ? (
        <div className="space-y-2 rounded-lg border border-line bg-slate-50 p-3 text-sm">
          <h3 className="font-semibold">{t('nationalTitle')}</h3>
          <p>
            {t('nationalText', { value: formatQuantity(china.value, 'yuan', locale), growth: `${decimal(chinaGrowth.value, locale, 1)}%` })}
            <NoteMarkers ids={[...china.noteIds, ...chinaGrowth.noteIds]} section={section} numbers={numbers} />{' '}
            <a href={`/${locale}/transactions`} className="text-accent underline" data-testid="transactions-link">
              {t('transactionsLink')}
            </a>
          </p>
          <Quote text={china.source.quote ?? ''} where={`${paper(china.source.sourceId)}, ${china.source.where}`} />
        </div>
      ) : null}
      <SectionNotes notes={resolveNotes(cs.notesById, sortByNumber(uniqueIds([...cs.figures, ...cs.nationalFigures].flatMap((f) => f.noteIds)), numbers))} section={section} numbers={numbers} locale={locale} title={common('notesFor')} />
    </CaseSection>
  );
}

export async function ModelSection({ cs, locale }: { cs: YongkangCaseStudy; locale: Locale }) {
  const paper = await paperNamer();
  const t = await getTranslations('yongkang');
  return (
    <CaseSection name="model" spacing="space-y-4" title={t('model.title')} lead={t('model.intro')}>
      <dl className="grid gap-3 text-sm sm:grid-cols-2 xl:grid-cols-3" data-testid="constructs">
        {cs.constructs.map((c) => (
          <div key={c.id} className="rounded-lg border border-line p-3">
            <dt className="font-semibold">
              {c.id}
              {locale === 'zh' ? '：' : ': '}
              {pick(c.name, locale)} <span className="text-xs font-normal text-muted">· {t(`model.roles.${c.role}`)}</span>
            </dt>
            <dd className="mt-1 space-y-1">
              <p>{pick(c.definition, locale)}</p>
              <p className="text-xs text-muted">
                {/* The printed name is the paper's English: marked as such inside the translated label. */}
                {t('model.printedName', { name: '\u0000' }).split('\u0000')[0]}
                <span lang="en">{c.namePrinted}</span>
                {t('model.printedName', { name: '\u0000' }).split('\u0000')[1]} · {paper(c.source.sourceId)}
                {locale === 'zh' ? '，' : ', '}
                <span lang="en">{c.source.where}</span>
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </CaseSection>
  );
}

export async function HypothesesSection({ cs, locale, numbers }: { cs: YongkangCaseStudy; locale: Locale; numbers: NoteNumbers }) {
  const paper = await paperNamer();
  const t = await getTranslations('yongkang.hypotheses');
  const common = await getTranslations('yongkang.common');
  const section = 'hypotheses';
  return (
    <CaseSection name="hypotheses" title={t('title')} lead={t('intro')}>
      <ul className="space-y-2" data-testid="hypotheses">
        {cs.hypotheses.map((h) => {
          const established = h.outcomePrinted === 'established';
          return (
            <li key={h.id} data-hypothesis={h.id} className="space-y-1 rounded-lg border border-line p-3 text-sm">
              <p>
                <span className="font-semibold">{h.id}</span>{' '}
                <span className={`ml-1 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${established ? 'bg-emerald-50 text-emerald-900' : 'bg-slate-100 text-slate-800'}`}>
                  {t(established ? 'established' : 'not-established')}
                </span>
                <NoteMarkers ids={h.noteIds} section={section} numbers={numbers} />
              </p>
              <p>{locale === 'zh' ? h.text.zh : h.text.en.replace(/^H\d:\s*/, '')}</p>
              {h.source.alsoQuotes.length ? <Quote text={h.source.alsoQuotes.join(' … ')} where={`${paper(h.source.sourceId)}, ${h.source.where}`} /> : null}
            </li>
          );
        })}
      </ul>
      <SectionNotes notes={resolveNotes(cs.notesById, sortByNumber(cs.hypotheses.flatMap((h) => h.noteIds), numbers))} section={section} numbers={numbers} locale={locale} title={common('notesFor')} />
    </CaseSection>
  );
}
