import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { Encoding, EncodingChoice } from '@/lib/import/types.ts';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** A byte-order mark, when the file starts with one. */
export function bomEncoding(head: Uint8Array): Encoding | null {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/**
 * Detects the encoding of a whole file: a BOM decides; otherwise the file is UTF-8 when every
 * byte sequence in it is valid UTF-8 (pure ASCII counts as UTF-8), and GB18030 when not —
 * the encoding Chinese government spreadsheets are usually saved in.
 */
export async function detectEncoding(stream: Readable): Promise<Encoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Uint8Array;
      if (first) {
        first = false;
        const bom = bomEncoding(bytes);
        if (bom) return bom;
      }
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'gb18030';
  } finally {
    stream.destroy();
  }
}

/** The encoding to read with: the user's choice, or the detected one (a UTF-8 BOM is honoured either way). */
export async function resolveEncoding(choice: EncodingChoice, open: () => Readable): Promise<Encoding> {
  if (choice === 'gb18030') return 'gb18030';
  if (choice === 'utf-8') {
    const detected = await detectEncoding(open());
    return detected === 'utf-8-bom' ? 'utf-8-bom' : 'utf-8';
  }
  return detectEncoding(open());
}

export class EncodingError extends Error {
  /** What the file should have been, for the error list. */
  readonly expected: string;
  constructor(readonly encoding: Encoding, readonly byteOffset: number, readonly line: number) {
    const name = encoding === 'gb18030' ? 'GB18030' : encoding.startsWith('utf-16') ? 'UTF-16' : 'UTF-8';
    const hint = encoding.startsWith('utf-8') ? '; if a Chinese spreadsheet saved it, choose the GB18030 encoding' : '';
    super(`the file is not valid ${name}: invalid bytes on line ${line} (byte ${byteOffset})${hint}`);
    this.expected = `valid ${name} text (invalid bytes on line ${line}, byte ${byteOffset}${hint})`;
  }
}

const countLines = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n += 1;
  return n;
};

/** Bytes in, text out (BOM removed); invalid byte sequences are an EncodingError, never replacement characters. */
export function decodeStream(encoding: Encoding): Transform {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const decoder = new TextDecoder(label, { fatal: true });
  let offset = 0;
  let lines = 1;
  // Where exactly a chunk went wrong: decode it leniently and measure the valid text before the first U+FFFD.
  const locate = (chunk: Buffer) => {
    const lenient = new TextDecoder(label).decode(chunk);
    const bad = lenient.indexOf('\uFFFD');
    const before = bad === -1 ? lenient : lenient.slice(0, bad);
    const bytes = label === 'utf-8' ? Buffer.byteLength(before, 'utf8') : 0;
    return new EncodingError(encoding, offset + bytes, lines + countLines(before));
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        offset += chunk.length;
        lines += countLines(text);
        done(null, text || undefined);
      } catch {
        done(locate(chunk));
      }
    },
    flush(done) {
      try {
        const text = decoder.decode();
        done(null, text || undefined);
      } catch {
        done(new EncodingError(encoding, offset, lines));
      }
    },
  });
}

/** A pass-through that hashes the bytes flowing through it. */
export function hashingStream(): Transform & { digest: () => string; bytes: () => number } {
  const hash = createHash('sha256');
  let bytes = 0;
  let hex: string | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { digest: () => string; bytes: () => number };
  stream.digest = () => (hex ??= hash.digest('hex'));
  stream.bytes = () => bytes;
  return stream;
}

/** SHA-256 of a whole stream (hex). */
export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Uint8Array);
  return hash.digest('hex');
}
