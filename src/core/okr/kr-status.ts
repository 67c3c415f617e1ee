import type { KrStatus } from '../report.types.js';

/** domain.md: on track within 0.10 of the expected progress, at risk within 0.25. */
export const ON_TRACK_MARGIN = 0.1;
export const AT_RISK_MARGIN = 0.25;

// 0.5 − 0.1 is 0.4 in floating point but 0.7 − 0.1 is 0.6000000000000001: a hair of
// tolerance keeps a KR exactly on a margin on the kinder side, as a person would read it.
const EPSILON = 1e-9;

/** The status of a KR or objective from its progress and the cycle's expected progress. */
export function progressStatus(progress: number, expected: number, beforeStart: boolean): KrStatus {
  if (progress >= 1 - EPSILON) return 'achieved';
  if (beforeStart) return 'not_started';
  if (progress >= expected - ON_TRACK_MARGIN - EPSILON) return 'on_track';
  if (progress >= expected - AT_RISK_MARGIN - EPSILON) return 'at_risk';
  return 'off_track';
}
