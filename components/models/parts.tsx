import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { paperNumber } from '@/lib/schemas/paper-source-id.ts';

/** A paper's number from its source id ("seed000-agglomeration-big-data" → "000"), which names it in the messages. */
export const seedId = (sourceId: string) => paperNumber(sourceId);

/** The paper and section of a value, named for readers: "Source: the big-data agglomeration paper, “section”". */
export async function SourceLine({ sourceId, where, className = '' }: { sourceId: string; where: string; className?: string }) {
  const t = await getTranslations('models');
  return (
    <p className={`text-xs text-muted [overflow-wrap:anywhere] ${className}`} data-testid="source-line">
      <MixedText text={t('sourceLine', { seed: t('seed', { id: seedId(sourceId) }), where })} />
    </p>
  );
}

/** A sentence quoted from a seed text: always English, marked as such for screen readers. */
export function Quote({ text, testId }: { text: string; testId?: string }) {
  return (
    <blockquote lang="en" className="border-l-4 border-slate-300 pl-3 text-sm italic [overflow-wrap:anywhere]" data-testid={testId}>
      “{text}”
    </blockquote>
  );
}

/**
 * Text held in both languages where the English is a quotation (isQuote) or our paraphrase.
 * In Chinese the translation is shown, followed by the English original when it is a quotation.
 */
export async function BilingualText({ en, zh, locale, isQuote }: { en: string; zh: string; locale: Locale; isQuote: boolean }) {
  const t = await getTranslations('models');
  if (locale === 'en') return isQuote ? <Quote text={en} /> : <p className="text-sm">{en}</p>;
  return (
    <div className="space-y-1">
      <p className="text-sm">
        <MixedText text={zh} />
      </p>
      {isQuote ? (
        <div>
          <p className="text-xs text-muted">{t('originalEnglish')}</p>
          <Quote text={en} />
        </div>
      ) : null}
    </div>
  );
}

export function Badge({ children, tone = 'neutral', testId }: { children: ReactNode; tone?: 'neutral' | 'good' | 'bad' | 'gap' | 'accent'; testId?: string }) {
  const tones = {
    neutral: 'border-line bg-slate-50 text-ink',
    good: 'border-green-700 bg-green-50 text-green-900',
    bad: 'border-red-700 bg-red-50 text-red-900',
    gap: 'border-dashed border-slate-500 bg-white text-slate-700',
    accent: 'border-accent bg-accent-soft text-accent',
  } as const;
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${tones[tone]}`} data-testid={testId}>
      {children}
    </span>
  );
}

export const pick = (locale: Locale, en: string, zh: string) => (locale === 'zh' ? zh : en);
