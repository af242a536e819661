import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatDecimal } from '@/lib/i18n/format.ts';
import type { ImportRecordRow } from '@/lib/import/store.ts';

const STATUS_STYLE: Record<ImportRecordRow['status'], string> = {
  committed: 'bg-green-50 text-green-900 border-green-700',
  unchanged: 'bg-slate-50 text-ink border-line',
  rejected: 'bg-red-50 text-red-900 border-red-700',
  failed: 'bg-red-50 text-red-900 border-red-700',
  running: 'bg-amber-50 text-amber-900 border-amber-700',
  interrupted: 'bg-red-50 text-red-900 border-red-700',
};

/** Every recorded import, newest first: who, when, which file (SHA-256), which source, counts, outcome. */
export async function ImportHistory({ rows, locale }: { rows: ImportRecordRow[]; locale: Locale }) {
  const t = await getTranslations('admin');
  const when = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
  const n = (v: number) => formatDecimal(v, locale);
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold">
        {t('history.title')}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={t('history.title')} tabIndex={0}>
        <table className="tabular w-full min-w-[72rem] border-collapse text-sm" data-testid="import-history">
          <caption className="px-3 py-2 text-left text-sm text-muted">{t('history.caption')}</caption>
          <thead className="bg-slate-50">
            <tr className="border-b border-line">
              <th scope="col" className="px-3 py-2 text-right">#</th>
              <th scope="col" className="px-3 py-2 text-left">{t('history.finished')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('history.dataset')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('history.file')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('history.source')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('history.actor')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('history.status')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('counts.rows')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('counts.added')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('counts.changed')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('counts.unchanged')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('counts.rejected')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={12} className="px-3 py-6 text-center text-muted">{t('history.empty')}</td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id} className="border-b border-line align-top last:border-0" data-import={r.id} data-status={r.status}>
                  <td className="px-3 py-2 text-right">{r.id}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{when.format(new Date(r.finishedAt))} UTC</td>
                  <th scope="row" className="min-w-[10rem] px-3 py-2 text-left font-medium [overflow-wrap:anywhere]">{r.dataset}</th>
                  <td className="min-w-[12rem] px-3 py-2 [overflow-wrap:anywhere]">
                    {r.fileName}
                    <br />
                    <span className="whitespace-nowrap font-mono text-xs text-muted" title={r.sha256}>
                      SHA-256 {r.sha256.slice(0, 12)}…
                    </span>
                  </td>
                  <td className="min-w-[10rem] px-3 py-2 [overflow-wrap:anywhere]">{r.sourceId ?? '—'}</td>
                  <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.actor}</td>
                  <td className="px-3 py-2">
                    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[r.status]}`}>{t(`status.${r.status}`)}</span>
                    {r.errorSummary ? (
                      <details className="mt-1 text-xs">
                        <summary className="cursor-pointer text-accent">{t('history.errors')}</summary>
                        <pre className="mt-1 max-w-[28rem] whitespace-pre-wrap [overflow-wrap:anywhere]">{r.errorSummary}</pre>
                      </details>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 text-right">{n(r.rowsTotal)}</td>
                  <td className="px-3 py-2 text-right">{n(r.added)}</td>
                  <td className="px-3 py-2 text-right">{n(r.changed)}</td>
                  <td className="px-3 py-2 text-right">{n(r.unchanged)}</td>
                  <td className="px-3 py-2 text-right">{n(r.rejected)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
