// Why an upload to POST /api/v1/imports gave no import result, in terms the admin page can word in
// the reader's language (messages admin.failure.*). The API's own `error` texts are English for
// scripts; the page shows its own text per status and per form field the server named instead.
// Client-safe: no server imports.
import type { Locale } from '@/i18n/routing.ts';
import { formatDecimal } from '@/lib/i18n/format.ts';

/** The form fields of the upload (lib/import/http.ts importFormSchema, plus the file). */
export const UPLOAD_FIELDS = ['dataset', 'source', 'newSource', 'encoding', 'file', 'actor'] as const;
export type UploadField = (typeof UPLOAD_FIELDS)[number];

export type UploadFailure =
  /** 400: the form was refused; `fields` are the form fields at fault (none: reload the page). */
  | { kind: 'invalid'; fields: UploadField[] }
  /** 401: the session cookie is missing or no longer valid. */
  | { kind: 'signedOut' }
  /** 403: imports are disabled, or the request did not come from a page of this site. */
  | { kind: 'refused' }
  /** 413: larger than the server accepts over HTTP. */
  | { kind: 'tooLarge' }
  /** 503: the database could not be reached. */
  | { kind: 'unavailable' }
  /** 500: the import failed and was rolled back; `detail` is the server's (English) diagnostic. */
  | { kind: 'failed'; detail: string | null }
  /** Any other status. */
  | { kind: 'http'; status: number }
  /** No answer at all. */
  | { kind: 'network' };

const isField = (v: unknown): v is UploadField => typeof v === 'string' && (UPLOAD_FIELDS as readonly string[]).includes(v);

/** The failure of a response that carried no import result (status and parsed JSON body, or null). */
export function describeUploadFailure(status: number, body: unknown): UploadFailure {
  const b = body && typeof body === 'object' ? (body as { error?: unknown; issues?: unknown }) : {};
  switch (status) {
    case 400: {
      const issues = Array.isArray(b.issues) ? (b.issues as { path?: unknown }[]) : [];
      const fields = issues.map((i) => (Array.isArray(i?.path) ? i.path[0] : undefined)).filter(isField);
      return { kind: 'invalid', fields: UPLOAD_FIELDS.filter((f) => fields.includes(f)) };
    }
    case 401:
      return { kind: 'signedOut' };
    case 403:
      return { kind: 'refused' };
    case 413:
      return { kind: 'tooLarge' };
    case 503:
      return { kind: 'unavailable' };
    case 500:
      return { kind: 'failed', detail: typeof b.error === 'string' && b.error ? b.error : null };
    default:
      return { kind: 'http', status };
  }
}

/** A translator of the `admin` namespace (next-intl's useTranslations('admin')). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The failure in the page's language: a sentence and, where the server named them, what to fix. */
export function uploadFailureText(f: UploadFailure, t: Translate, maxUploadBytes: number, locale: Locale): { message: string; details: string[] } {
  switch (f.kind) {
    case 'invalid':
      return { message: t('failure.invalid'), details: f.fields.length ? f.fields.map((field) => t(`failure.field.${field}`)) : [t('failure.invalidReload')] };
    case 'tooLarge': {
      const mb = maxUploadBytes / (1024 * 1024);
      return { message: t('failure.tooLarge', { size: `${formatDecimal(mb, locale, Number.isInteger(mb) ? 0 : 1)} MB` }), details: [] };
    }
    case 'failed':
      return { message: t('failure.failed'), details: f.detail ? [t('failure.serverSaid', { detail: f.detail })] : [] };
    case 'http':
      return { message: t('failure.http', { status: f.status }), details: [] };
    default:
      return { message: t(`failure.${f.kind}`), details: [] };
  }
}
