import type { CycleLength } from '../../api/types.js';

export const WEEK_STARTS: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Monday' },
  { value: 7, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
];

export const CYCLE_LENGTH_LABELS: Readonly<Record<CycleLength, string>> = {
  six_weeks: 'Six weeks',
  month: 'A month',
  quarter: 'A quarter',
  half_year: 'Half a year',
  year: 'A year',
};
