export type RateVerdict = { ok: true; consumed: number } | { ok: false; retryAfterSeconds: number };
export type Limiter = {
  consume(key: string, cost?: number): Promise<RateVerdict>;
  state(key: string): Promise<{ consumed: number; retryAfterSeconds: number }>;
  reset(key: string): Promise<void>;
};
export const RATE_LIMIT_TABLE: string;
export function createLimiter(spec: { name: string; points: number; durationSeconds: number; blockSeconds?: number }): Limiter;
export function exportLimitPerMinute(): number;
export function createExportLimit(): Limiter;
export const EXPORT_LIMITED: string;
