'use client';

import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing.ts';
import type { DiffRow, ImportResult } from '@/lib/import/types.ts';

const GAP = '—';
const cell = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return GAP;
  if (Array.isArray(v)) return v.length ? v.join('; ') : GAP;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
};

function Scroll({ label, children, testId }: { label: string; children: React.ReactNode; testId: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={label} tabIndex={0} data-testid={testId}>
      {children}
    </div>
  );
}

function DiffTable({ rows, caption, kind }: { rows: DiffRow[]; caption: string; kind: 'added' | 'changed' }) {
  const t = useTranslations('admin');
  const keyCols = Object.keys(rows[0]?.key ?? {});
  const valueCols = Object.keys(rows[0]?.after ?? {});
  return (
    <Scroll label={caption} testId={`diff-${kind}`}>
      <table className="tabular w-full min-w-[40rem] border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-muted">{caption}</caption>
        <thead className="bg-slate-50">
          <tr className="border-b border-line">
            <th scope="col" className="px-3 py-2 text-right">{t('preview.row')}</th>
            {[...keyCols, ...valueCols].map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-left font-mono text-xs">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className="border-b border-line last:border-0">
              <th scope="row" className="px-3 py-2 text-right font-normal">{r.row}</th>
              {keyCols.map((c) => (
                <td key={c} className="px-3 py-2 [overflow-wrap:anywhere]">{cell(r.key[c])}</td>
              ))}
              {valueCols.map((c) => {
                const before = r.before ? cell(r.before[c]) : null;
                const after = cell(r.after[c]);
                return (
                  <td key={c} className="px-3 py-2 [overflow-wrap:anywhere]">
                    {before !== null && before !== after ? (
                      <>
                        <del className="text-red-800" aria-label={t('preview.before')}>{before}</del> →{' '}
                        <ins className="font-medium text-green-900 no-underline" aria-label={t('preview.after')}>{after}</ins>
                      </>
                    ) : (
                      after
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** The outcome of a dry run (or a commit): counts, the error list, the parsed rows and the diff. */
export function ImportPreview({ result, locale }: { result: ImportResult; locale: Locale }) {
  const t = useTranslations('admin');
  const nf = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
  const c = result.counts;
  return (
    <div className="space-y-5" data-testid="import-preview" data-status={result.status}>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3 lg:grid-cols-6" data-testid="preview-counts">
        {(['rows', 'added', 'changed', 'unchanged', 'rejected'] as const).map((k) => (
          <div key={k} className="rounded border border-line px-3 py-2">
            <dt className="text-muted">{t(`counts.${k}`)}</dt>
            <dd className="text-lg font-semibold tabular" data-count={k}>
              {nf.format(c[k])}
            </dd>
          </div>
        ))}
        <div className="rounded border border-line px-3 py-2">
          <dt className="text-muted">{t('preview.encoding')}</dt>
          <dd className="font-medium">{result.encoding ?? GAP}</dd>
        </div>
      </dl>
      <p className="text-xs text-muted [overflow-wrap:anywhere]">
        {t('preview.file', { file: result.fileName, dataset: result.dataset, source: result.sourceId ?? GAP })} SHA-256 <span className="font-mono">{result.sha256}</span>
      </p>
      {result.warnings.length ? (
        <ul className="list-disc pl-5 text-sm">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}

      {result.errorCount ? (
        <section aria-labelledby="errors-heading" className="space-y-2">
          <h3 id="errors-heading" className="font-semibold text-red-900">
            {t('preview.errorsTitle', { count: result.errorCount })}
          </h3>
          <p className="text-sm">{t('preview.errorsLead')}</p>
          <Scroll label={t('preview.errorsTitle', { count: result.errorCount })} testId="error-table">
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <caption className="px-3 py-2 text-left text-sm text-muted">
                {result.errorCount > result.errors.length ? t('preview.errorsShown', { shown: result.errors.length, count: result.errorCount }) : t('preview.errorsCaption')}
              </caption>
              <thead className="bg-slate-50">
                <tr className="border-b border-line">
                  <th scope="col" className="px-3 py-2 text-right">{t('preview.row')}</th>
                  <th scope="col" className="px-3 py-2 text-left">{t('preview.column')}</th>
                  <th scope="col" className="px-3 py-2 text-left">{t('preview.value')}</th>
                  <th scope="col" className="px-3 py-2 text-left">{t('preview.expected')}</th>
                  <th scope="col" className="px-3 py-2 text-left">{t('preview.suggestions')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e, i) => (
                  <tr key={i} className="border-b border-line align-top last:border-0" data-error-row={e.row ?? ''} data-error-column={e.column ?? ''}>
                    <td className="px-3 py-2 text-right">{e.row ?? t('preview.fileLevel')}</td>
                    <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{e.column ?? GAP}</td>
                    <td className="min-w-[8rem] px-3 py-2 [overflow-wrap:anywhere]">{e.value === null ? GAP : e.value === '' ? t('preview.empty') : e.value}</td>
                    <td className="min-w-[16rem] px-3 py-2 [overflow-wrap:anywhere]">{e.expected}</td>
                    <td className="min-w-[12rem] px-3 py-2 [overflow-wrap:anywhere]">{e.suggestions?.length ? e.suggestions.join('; ') : GAP}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </section>
      ) : null}

      {result.preview.length ? (
        <section aria-labelledby="parsed-heading" className="space-y-2">
          <h3 id="parsed-heading" className="font-semibold">
            {t('preview.parsedTitle')}
          </h3>
          <Scroll label={t('preview.parsedTitle')} testId="parsed-rows">
            <table className="tabular w-full min-w-[40rem] border-collapse text-sm">
              <caption className="px-3 py-2 text-left text-sm text-muted">{t('preview.parsedCaption', { shown: result.preview.length })}</caption>
              <thead className="bg-slate-50">
                <tr className="border-b border-line">
                  <th scope="col" className="px-3 py-2 text-right">{t('preview.row')}</th>
                  {result.columns.map((col) => (
                    <th key={col} scope="col" className="px-3 py-2 text-left font-mono text-xs">
                      {col}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.preview.map((r) => (
                  <tr key={String(r.row)} className="border-b border-line last:border-0">
                    <th scope="row" className="px-3 py-2 text-right font-normal">{String(r.row)}</th>
                    {result.columns.map((col) => (
                      <td key={col} className="px-3 py-2 [overflow-wrap:anywhere]">{cell(r[col])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </section>
      ) : null}

      {result.diff.added.length || result.diff.changed.length ? (
        <section aria-labelledby="diff-heading" className="space-y-3">
          <h3 id="diff-heading" className="font-semibold">
            {t('preview.diffTitle')}
          </h3>
          {result.diff.added.length ? <DiffTable kind="added" rows={result.diff.added} caption={t('preview.addedCaption', { shown: result.diff.added.length, count: c.added })} /> : null}
          {result.diff.changed.length ? <DiffTable kind="changed" rows={result.diff.changed} caption={t('preview.changedCaption', { shown: result.diff.changed.length, count: c.changed })} /> : null}
        </section>
      ) : null}
    </div>
  );
}
