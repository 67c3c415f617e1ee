/**
 * Durations, so "from 6 hours to 90 minutes" reads as 360 → 90 min. Months and years
 * are calendar-free approximations (30 and 365 days): goals are written that way.
 */

export type DurationUnit = 'ms' | 's' | 'min' | 'h' | 'd' | 'wk' | 'mo' | 'yr';

const MINUTES: Readonly<Record<DurationUnit, number>> = {
  ms: 1 / 60_000,
  s: 1 / 60,
  min: 1,
  h: 60,
  d: 1440,
  wk: 10_080,
  mo: 43_200,
  yr: 525_600,
};

const WORDS: ReadonlyMap<string, DurationUnit> = new Map([
  ['ms', 'ms'],
  ['msec', 'ms'],
  ['millisecond', 'ms'],
  ['milliseconds', 'ms'],
  ['sec', 's'],
  ['secs', 's'],
  ['second', 's'],
  ['seconds', 's'],
  ['min', 'min'],
  ['mins', 'min'],
  ['minute', 'min'],
  ['minutes', 'min'],
  ['hr', 'h'],
  ['hrs', 'h'],
  ['hour', 'h'],
  ['hours', 'h'],
  ['day', 'd'],
  ['days', 'd'],
  ['wk', 'wk'],
  ['wks', 'wk'],
  ['week', 'wk'],
  ['weeks', 'wk'],
  ['mos', 'mo'],
  ['month', 'mo'],
  ['months', 'mo'],
  ['yr', 'yr'],
  ['yrs', 'yr'],
  ['year', 'yr'],
  ['years', 'yr'],
]);

/** Single letters count only when glued to the number ("2h", "30s"), never after a space. */
const GLUED: ReadonlyMap<string, DurationUnit> = new Map([
  ['s', 's'],
  ['h', 'h'],
  ['d', 'd'],
  ['w', 'wk'],
  ['mo', 'mo'],
  ['y', 'yr'],
]);

/** "3.2 s" and "4 h" are SI style; a lone "d" or "y" after a space is too often something else. */
const SPACED = new Set(['s', 'h']);

export function durationOfWord(word: string, glued: boolean): DurationUnit | undefined {
  const w = word.toLowerCase();
  return WORDS.get(w) ?? (glued || SPACED.has(w) ? GLUED.get(w) : undefined);
}

export function isDurationUnit(unit: string | null): unit is DurationUnit {
  return unit !== null && unit in MINUTES;
}

/** Converts a value between duration units. */
export function convertDuration(value: number, from: DurationUnit, to: DurationUnit): number {
  return (value * MINUTES[from]) / MINUTES[to];
}

/** The finer of two units: values are normalised to it so none becomes a fraction. */
export function finerUnit(a: DurationUnit, b: DurationUnit): DurationUnit {
  return MINUTES[a] <= MINUTES[b] ? a : b;
}
