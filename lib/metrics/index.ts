/**
 * Cluster Atlas metrics: small, pure, dependency-free helpers.
 *
 * Conventions used throughout:
 * - Shares, CRn, relative changes and CAGR are fractions (0.346 = 34.6 %).
 * - HHI is on the 0–10,000 scale (shares in percentage points, squared).
 * - null means "not defined / not available"; no function returns NaN or ±Infinity.
 */
export { shareOf, sharesOf } from './shares';
export { crN, concentrationRatio, herfindahl, herfindahlNormalised, MIN_UNITS_FOR_CONCENTRATION } from './concentration';
export type { ConcentrationResult } from './concentration';
export { denseRank, competitionRank, rankOrder } from './ranks';
export type { RankOrder } from './ranks';
export { yoyChange, cagr, indexSeries } from './growth';
export type { Change } from './growth';
export { groupSum } from './aggregate';
export type { GroupTotal } from './aggregate';
