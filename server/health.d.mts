export type HealthResult = { up: true; latencyMs: number } | { up: false; error: string };
export function createHealthCheck(query: () => Promise<unknown>, options?: { timeoutMs?: number; reuseMs?: number }): () => Promise<HealthResult>;
export function healthResponse(result: HealthResult): { status: number; headers: Record<string, string>; body: Record<string, unknown> };
