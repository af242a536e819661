import Papa from 'papaparse';

export const BASE_URL = process.env.BASE_URL ?? '';

export async function get(path: string) {
  if (!BASE_URL) throw new Error('BASE_URL is not set: run integration tests through `npm test`');
  return fetch(`${BASE_URL}${path}`);
}

export async function getJson<T = any>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

export async function getCsv(path: string) {
  const res = await get(path);
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    rows: Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data,
  };
}
