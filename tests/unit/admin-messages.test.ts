import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { importFormSchema } from '@/lib/import/http.ts';
import { describeUploadFailure, UPLOAD_FIELDS, uploadFailureText, type UploadFailure } from '@/lib/import/upload-failure.ts';
import { toApiIssues } from '@/lib/schemas/params.ts';
import en from '@/messages/en/admin.json';
import zh from '@/messages/zh/admin.json';

// The admin import page words every failure of an upload itself, in the page's language; the API's
// English `error` texts (meant for scripts) are never shown as the message.

const translators = {
  en: createTranslator({ locale: 'en', messages: en as AbstractIntlMessages, namespace: 'admin' }),
  zh: createTranslator({ locale: 'zh', messages: zh as AbstractIntlMessages, namespace: 'admin' }),
};
const text = (f: UploadFailure, locale: 'en' | 'zh', max = 50 * 1024 * 1024) =>
  uploadFailureText(f, (key, values) => translators[locale](key, values as never), max, locale);
const CJK = /[\u4e00-\u9fff]/;

function keys(value: unknown, prefix = ''): string[] {
  return value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${prefix ? '.' : ''}${k}`)) : [prefix];
}

describe('admin page messages', () => {
  it('en and zh have the same keys, and every zh text is Chinese where en is prose', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    const zhFailure = zh.admin.failure as Record<string, unknown>;
    for (const key of keys(zhFailure)) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zhFailure);
      expect(value, key).toMatch(CJK);
    }
  });
});

describe('upload failures', () => {
  it('maps each status of POST /api/v1/imports to a kind, never to the API error text', () => {
    expect(describeUploadFailure(401, { error: 'the session is not valid (sign in again)', issues: [] })).toEqual({ kind: 'signedOut' });
    expect(describeUploadFailure(403, { error: 'cross-origin request refused', issues: [] })).toEqual({ kind: 'refused' });
    expect(describeUploadFailure(413, { error: 'the file is larger than 52428800 bytes', issues: [] })).toEqual({ kind: 'tooLarge' });
    expect(describeUploadFailure(503, { error: 'the database is unavailable; try again shortly', issues: [] })).toEqual({ kind: 'unavailable' });
    expect(describeUploadFailure(500, { error: 'the import failed and was rolled back: boom', issues: [] })).toEqual({ kind: 'failed', detail: 'the import failed and was rolled back: boom' });
    expect(describeUploadFailure(500, null)).toEqual({ kind: 'failed', detail: null });
    expect(describeUploadFailure(502, null)).toEqual({ kind: 'http', status: 502 });
  });

  it('names the form fields of a 400 (as the API reports them), in form order, each once', () => {
    const parsed = importFormSchema.safeParse({ dataset: 'taobao-villages', newSource: '{not json', actor: 'x'.repeat(101) });
    expect(parsed.success).toBe(false);
    const issues = [...toApiIssues(parsed.error!), { path: ['file'], message: 'required: the CSV file' }, { path: ['newSource'], message: 'again' }];
    expect(describeUploadFailure(400, { error: 'invalid import request', issues })).toEqual({ kind: 'invalid', fields: ['newSource', 'file', 'actor'] });
    // A field the form does not have (a page/server mismatch): no field, "reload".
    expect(describeUploadFailure(400, { error: 'invalid import request', issues: [{ path: [], message: 'Unrecognized key: "x"' }] })).toEqual({ kind: 'invalid', fields: [] });
  });

  it('words every failure in both languages; zh has no English sentence but the server diagnostic', () => {
    const all: UploadFailure[] = [
      { kind: 'invalid', fields: [...UPLOAD_FIELDS] },
      { kind: 'invalid', fields: [] },
      { kind: 'signedOut' },
      { kind: 'refused' },
      { kind: 'tooLarge' },
      { kind: 'unavailable' },
      { kind: 'failed', detail: null },
      { kind: 'http', status: 502 },
      { kind: 'network' },
    ];
    for (const f of all) {
      const zhText = text(f, 'zh');
      for (const line of [zhText.message, ...zhText.details]) expect(line, JSON.stringify(f)).toMatch(CJK);
      expect(zhText.message).not.toEqual(text(f, 'en').message);
    }
    expect(text({ kind: 'invalid', fields: ['newSource'] }, 'zh')).toEqual({ message: '服务器拒绝了上传表单。', details: [expect.stringContaining('JSON 对象')] });
    expect(text({ kind: 'tooLarge' }, 'zh').message).toContain('（50 MB）');
    expect(text({ kind: 'tooLarge' }, 'en', 1.5 * 1024 * 1024).message).toContain('(1.5 MB)');
    expect(text({ kind: 'failed', detail: 'the import failed and was rolled back: boom' }, 'zh')).toEqual({
      message: '导入失败并已回滚，未写入任何数据。',
      details: ['服务器信息：the import failed and was rolled back: boom'],
    });
  });
});
