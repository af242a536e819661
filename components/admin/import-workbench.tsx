'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { ImportPreview } from '@/components/admin/import-preview.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { DatasetOption, SourceOption } from '@/lib/import/admin-page.ts';
import type { ImportResult } from '@/lib/import/types.ts';
import { IMPORT_FILE_ACCEPT } from '@/lib/import/file-types.ts';
import { describeUploadFailure, uploadFailureText, type UploadFailure } from '@/lib/import/upload-failure.ts';

/** maxUploadBytes: the largest upload the server accepts over HTTP (lib/import/http.ts), for the "too large" message. */
type Props = { datasets: DatasetOption[]; sources: SourceOption[]; locale: Locale; maxUploadBytes: number };

const NEW_SOURCE = '__new__';
const SOURCE_EXAMPLE = `{
  "id": "aliresearch-2024",
  "kind": "industry",
  "publisher": "AliResearch (阿里研究院)",
  "title": "…",
  "date": "2024-10",
  "asReportedBy": null,
  "whereRead": "…",
  "licence": "Figures are facts; text © the publisher. Cited, not reproduced.",
  "citation": null
}`;

/**
 * Upload → preview (a dry run: parsed rows, errors, diff against the store) → commit. The commit
 * re-sends the same file with the SHA-256 of the preview, so a different file cannot slip in.
 */
export function ImportWorkbench({ datasets, sources, locale, maxUploadBytes }: Props) {
  const t = useTranslations('admin');
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const ids = useId();
  const [dataset, setDataset] = useState(datasets[0]?.id ?? '');
  const [source, setSource] = useState(NEW_SOURCE);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [pending, setPending] = useState<'preview' | 'commit' | null>(null);
  // The upload needs JavaScript: the buttons stay disabled until the page is interactive.
  const ready = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const def = datasets.find((d) => d.id === dataset);
  const title = (d: DatasetOption) => (locale === 'zh' ? d.titleZh : d.titleEn);

  async function send(dryRun: boolean) {
    if (!form.current) return;
    const data = new FormData(form.current);
    if (data.get('source') === NEW_SOURCE) data.delete('source');
    else data.delete('newSource');
    data.set('dryRun', String(dryRun));
    if (!dryRun && preview) data.set('expectSha256', preview.sha256);
    setPending(dryRun ? 'preview' : 'commit');
    setFailure(null);
    try {
      const res = await fetch('/api/v1/imports', { method: 'POST', body: data, credentials: 'same-origin' });
      const body = await res.json().catch(() => null);
      if ((res.status === 200 || res.status === 422) && body?.counts) {
        if (dryRun) {
          setPreview(body as ImportResult);
          setOutcome(null);
        } else {
          setOutcome(body as ImportResult);
          if (body.status === 'committed' || body.status === 'unchanged') setPreview(null);
          router.refresh();
        }
      } else {
        if (res.status === 401) router.refresh();
        setFailure(describeUploadFailure(res.status, body));
      }
    } catch {
      setFailure({ kind: 'network' });
    } finally {
      setPending(null);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send(true);
  }

  const failureShown = failure ? uploadFailureText(failure, t, maxUploadBytes, locale) : null;

  const canCommit = preview !== null && preview.errorCount === 0 && (preview.counts.added > 0 || preview.counts.changed > 0);
  const label = 'block text-sm font-medium';
  const input = 'w-full rounded border border-line px-3 py-2 text-sm';

  return (
    <section aria-labelledby="upload-heading" className="space-y-5">
      <h2 id="upload-heading" className="text-lg font-semibold">
        {t('form.title')}
      </h2>
      <form ref={form} onSubmit={onSubmit} onChange={() => (setPreview(null), setOutcome(null))} className="grid gap-4 md:grid-cols-2" data-testid="import-form" data-ready={ready ? 'true' : undefined}>
        <div className="space-y-1 md:col-span-2">
          <label htmlFor={`${ids}-dataset`} className={label}>
            {t('form.dataset')}
          </label>
          <select id={`${ids}-dataset`} name="dataset" value={dataset} onChange={(e) => setDataset(e.target.value)} className={input} required>
            <optgroup label={t('form.groupVillages')}>
              {datasets.filter((d) => d.kind !== 'series').map((d) => (
                <option key={d.id} value={d.id}>
                  {d.id} — {title(d)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('form.groupSeries')}>
              {datasets.filter((d) => d.kind === 'series').map((d) => (
                <option key={d.id} value={d.id}>
                  {d.id}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {def ? (
          <details className="rounded border border-line px-3 py-2 text-sm md:col-span-2" data-testid="format-help">
            <summary className="cursor-pointer font-medium">{t('form.formatTitle', { dataset: def.id })}</summary>
            <p className="mt-2 text-muted">{t('form.formatLead', { key: def.key.join(', ') })}</p>
            <ul className="mt-2 space-y-1">
              {def.columns.map((c) => (
                <li key={c.name} className="[overflow-wrap:anywhere]">
                  <code className="font-mono">{c.name}</code>
                  {c.required ? <span className="text-red-900"> ({t('form.required')})</span> : null}: {locale === 'zh' ? c.zh : c.en}
                  {c.aliases.length ? <span className="text-muted"> — {t('form.aliases', { aliases: c.aliases.join(', ') })}</span> : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="space-y-1">
          <label htmlFor={`${ids}-source`} className={label}>
            {t('form.source')}
          </label>
          <select id={`${ids}-source`} name="source" value={source} onChange={(e) => setSource(e.target.value)} className={input}>
            <option value={NEW_SOURCE}>{t('form.newSource')}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
          </select>
          <p className="text-xs text-muted">{t('form.sourceHint')}</p>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-encoding`} className={label}>
            {t('form.encoding')}
          </label>
          <select id={`${ids}-encoding`} name="encoding" defaultValue="auto" className={input}>
            <option value="auto">{t('form.encodingAuto')}</option>
            <option value="utf-8">UTF-8</option>
            <option value="gb18030">GB18030</option>
          </select>
        </div>
        {source === NEW_SOURCE ? (
          <div className="space-y-1 md:col-span-2">
            <label htmlFor={`${ids}-new-source`} className={label}>
              {t('form.newSourceJson')}
            </label>
            <textarea id={`${ids}-new-source`} name="newSource" rows={8} required placeholder={SOURCE_EXAMPLE} className={`${input} font-mono text-xs`} aria-describedby={`${ids}-new-source-hint`} />
            <p id={`${ids}-new-source-hint`} className="text-xs text-muted">
              {t('form.newSourceHint')}
            </p>
          </div>
        ) : null}
        <div className="space-y-1">
          <label htmlFor={`${ids}-file`} className={label}>
            {t('form.file')}
          </label>
          <input id={`${ids}-file`} name="file" type="file" accept={IMPORT_FILE_ACCEPT} required className="w-full text-sm" data-testid="file-input" />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${ids}-actor`} className={label}>
            {t('form.actor')}
          </label>
          <input id={`${ids}-actor`} name="actor" type="text" maxLength={100} autoComplete="name" className={input} />
        </div>
        <div className="flex flex-wrap gap-3 md:col-span-2">
          <button type="submit" disabled={!ready || pending !== null} className="rounded bg-accent px-4 py-2 text-sm font-medium text-white disabled:opacity-60" data-testid="preview-button">
            {pending === 'preview' ? t('form.previewing') : t('form.preview')}
          </button>
          <button
            type="button"
            disabled={!canCommit || pending !== null}
            onClick={() => void send(false)}
            className="rounded border border-accent px-4 py-2 text-sm font-medium text-accent disabled:border-line disabled:text-muted"
            data-testid="commit-button"
          >
            {pending === 'commit' ? t('form.committing') : preview ? t('form.commitCounts', { added: preview.counts.added, changed: preview.counts.changed }) : t('form.commit')}
          </button>
        </div>
      </form>
      <noscript>
        <p className="text-sm">{t('form.noscript')}</p>
      </noscript>

      <div role="status" aria-live="polite" className="space-y-2 text-sm" data-testid="import-status">
        {pending ? <p>{pending === 'preview' ? t('form.previewing') : t('form.committing')}</p> : null}
        {failureShown ? (
          <div className="rounded border border-red-600 bg-red-50 px-3 py-2" data-testid="import-failure" data-failure={failure?.kind}>
            <p>{failureShown.message}</p>
            {failureShown.details.length ? (
              <ul className="list-disc pl-5">
                {failureShown.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {preview && !pending ? (
          <p className={preview.errorCount ? 'text-red-900' : ''}>
            {preview.errorCount ? t('outcome.previewErrors', { count: preview.errorCount }) : canCommit ? t('outcome.previewReady') : t('outcome.previewNothing')}
          </p>
        ) : null}
        {outcome && !pending ? (
          <p className="rounded border border-line bg-slate-50 px-3 py-2" data-testid="commit-outcome">
            {t(`outcome.${outcome.status}`, { id: outcome.recordId ?? '', added: outcome.counts.added, changed: outcome.counts.changed, count: outcome.errorCount })}
          </p>
        ) : null}
      </div>

      {preview ? <ImportPreview result={preview} locale={locale} /> : outcome && outcome.errorCount ? <ImportPreview result={outcome} locale={locale} /> : null}
    </section>
  );
}
