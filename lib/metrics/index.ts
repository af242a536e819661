/**
 * Cluster Atlas metrics: small, pure, dependency-free helpers.
 *
 * Conventions used throughout:
 * - Shares, CRn, relative changes and CAGR are fractions (0.346 = 34.6 %).
 * - HHI is on the 0–10,000 scale (shares in percentage points, squared).
 * - null means "not defined / not available"; no function returns NaN or ±Infinity.
 */
export { isFiniteNumber, finiteOrNull } from './finite';
export { shareOf } from './shares';
export { crN, herfindahl, MIN_UNITS_FOR_CONCENTRATION } from './concentration';
export type { ConcentrationResult } from './concentration';
export { competitionRank } from './ranks';
export type { RankOrder } from './ranks';
