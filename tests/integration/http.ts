import Papa from 'papaparse';

export const BASE_URL = process.env.ATLAS_BASE_URL ?? '';

export async function get(path: string) {
  if (!BASE_URL) throw new Error('ATLAS_BASE_URL is not set: run integration tests through `npm test`');
  return fetch(`${BASE_URL}${path}`);
}

export async function getJson<T = any>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

export async function getCsv(path: string) {
  const res = await get(path);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return {
    status: res.status,
    headers: res.headers,
    text,
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    rows: Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data,
  };
}
