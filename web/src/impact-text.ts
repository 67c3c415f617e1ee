import type { KrImpact } from './api/types.js';
import type { Formatter } from './format.js';
import type { StatusLook } from './status.js';

/** The verdict's word and colour: moving the right way is good news, the wrong way bad. */
const LOOK: Readonly<Record<KrImpact['verdict'], StatusLook>> = {
  moved: { tone: 'healthy', word: 'Moved' },
  moved_wrong_way: { tone: 'breach', word: 'Moved the wrong way' },
  no_clear_change: { tone: 'at-risk', word: 'No clear change' },
  too_little_data: { tone: 'no-data', word: 'Too little data' },
};

/** domain.md: under 4 points in either window there is too little data for a verdict. */
const MIN_POINTS = 4;

export function impactLook(impact: KrImpact): StatusLook {
  return LOOK[impact.verdict] ?? { tone: 'no-data', word: impact.verdict };
}

/**
 * What lies behind the verdict's word (`impactLook`), in plain words with numbers through
 * Intl in the KPI's unit: "2.5 h lower (95% interval 2.1 h to 2.9 h lower); median 6 h
 * before, 3.5 h after", or for too little data "3 points after the work began, 12 points
 * before; 4 are needed in each".
 */
export function impactSentence(impact: KrImpact, unit: string | null | undefined, fmt: Formatter): string {
  const { before, after, shift, low, high } = impact;
  if (impact.verdict === 'too_little_data' || shift === null || low === null || high === null) {
    return `${points(after.n, fmt)} after the work began, ${points(before.n, fmt)} before; ${MIN_POINTS} are needed in each`;
  }
  const medians =
    before.median !== null && after.median !== null
      ? `; median ${fmt.value(before.median, unit)} before, ${fmt.value(after.median, unit)} after`
      : '';
  return `${change(shift, unit, fmt)} (95% interval ${interval(low, high, unit, fmt)})${medians}`;
}

function points(n: number, fmt: Formatter): string {
  return `${fmt.number(n, 0)} ${n === 1 ? 'point' : 'points'}`;
}

/** "2.5 h lower", "12% higher", "no change". */
function change(shift: number, unit: string | null | undefined, fmt: Formatter): string {
  if (shift === 0) return 'no change';
  return `${fmt.value(Math.abs(shift), unit)} ${shift > 0 ? 'higher' : 'lower'}`;
}

/** "2.1 h to 2.9 h lower" when both ends agree, else "0.3 h lower to 1.2 h higher". */
function interval(low: number, high: number, unit: string | null | undefined, fmt: Formatter): string {
  if (low > 0 || high < 0) {
    const [near, far] = low > 0 ? [low, high] : [-high, -low];
    return `${fmt.value(near, unit)} to ${fmt.value(far, unit)} ${low > 0 ? 'higher' : 'lower'}`;
  }
  return `${change(low, unit, fmt)} to ${change(high, unit, fmt)}`;
}
