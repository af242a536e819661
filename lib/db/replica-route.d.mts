export type ReplicaRouteState = { configured: boolean; downUntil: number; primaryVersion: string | null; replicaVersion: string | null; fallbacks: number };
export const REPLICA_COOLDOWN_MS: number;
export function readTarget(state: Omit<ReplicaRouteState, 'fallbacks'>, now: number): 'replica' | 'primary';
export function replicaUnusable(error: unknown): boolean;
export function replicaRoute(): ReplicaRouteState;
export function markReplicaDown(now?: number): void;
export function recordVersions(poll: { primaryVersion: string | null; replicaVersion: string | null; replicaAnswered: boolean }, now?: number): void;
export function currentReadTarget(now?: number): 'replica' | 'primary';
