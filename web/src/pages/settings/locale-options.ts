import type { CycleLength } from '../../api/types.js';

export const WEEK_STARTS: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Monday' },
  { value: 7, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
];

/** Every ISO weekday, for the day the digest and reminders go out. */
export const WEEKDAYS: readonly { value: number; label: string }[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
].map((label, i) => ({ value: i + 1, label }));

export const CYCLE_LENGTH_LABELS: Readonly<Record<CycleLength, string>> = {
  six_weeks: 'Six weeks',
  month: 'A month',
  quarter: 'A quarter',
  half_year: 'Half a year',
  year: 'A year',
};
