import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { DataFileError, loadDataFiles } from '@/lib/data/load-data-files.ts';

// The setup the data-file tests share: the committed data/, a scratch copy of it with an edit, and
// the problems the loader reports for that copy.

export const DATA = resolve(import.meta.dirname, '../../data');

/** A copy of data/ in a temporary folder, changed by `edit`. */
export function copyWith(edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync(DATA, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** The problems loadDataFiles reports for a copy of data/ changed by `edit` (fails the test if there are none). */
export function problemsOf(edit: (dir: string) => void): string {
  try {
    loadDataFiles(copyWith(edit));
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as DataFileError).problems.join('\n');
  }
  return expect.unreachable('the malformed files were accepted');
}
