import { z } from 'zod';
import { visibleName } from '@/lib/import/names.ts';
import { hasControlCharacters } from '@/lib/schemas/params.ts';
import { ENCODING_CHOICES } from '@/lib/import/types.ts';
import { settings } from '@/lib/settings.mjs';

/** Largest upload the HTTP API accepts (bytes); bigger files go through the CLI, which streams from disk. */
export const maxUploadBytes = () => settings().ATLAS_IMPORT_MAX_BYTES;

const flag = z
  .enum(['', 'true', 'false', '1', '0', 'on', 'off'], { error: 'true or false' })
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'on');

/** The text fields of POST /api/v1/imports (multipart/form-data; the file is the field "file"). */
export const importFormSchema = z.strictObject({
  dataset: visibleName(z.string({ error: 'required: a dataset id (GET /api/v1/imports lists them)' }).trim().min(1, 'required: a dataset id').max(200)),
  source: visibleName(z.string().trim().max(200)).optional(),
  newSource: z
    .string()
    .trim()
    .max(20_000)
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'a JSON object shaped like an entry of data/sources.json' });
        return z.NEVER;
      }
    }),
  dryRun: flag,
  encoding: z.enum(ENCODING_CHOICES, { error: `one of ${ENCODING_CHOICES.join(', ')}` }).default('auto'),
  actor: visibleName(z.string().trim().max(100)).optional(),
  expectSha256: z.string().trim().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex').optional(),
});
export type ImportForm = z.output<typeof importFormSchema>;

export const historyQuerySchema = z.strictObject({
  limit: z.string().regex(/^\d{1,3}$/, 'a whole number from 1 to 200').transform(Number).pipe(z.number().min(1).max(200)).default(50),
  dataset: z.string().trim().min(1).max(200).refine((v) => !hasControlCharacters(v), 'must not contain control characters (NUL, newline, …)').optional(),
});

/** The uploaded file's name as recorded: NFC, no control, bidirectional or zero-width characters, at most 255 characters. */
export const fileNameSchema = visibleName(z.string().trim().max(255, 'at most 255 characters'));
