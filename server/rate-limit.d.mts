export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };
export function createRateLimit(options: { limit: number; windowMs: number }): (key: string, now?: number) => RateVerdict;
export function clientKeyOf(header: (name: string) => string | null | undefined): string;
export function exportLimitPerMinute(): number;
export const EXPORT_LIMITED: string;
