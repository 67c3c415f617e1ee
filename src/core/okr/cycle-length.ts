import type { Cycle, IsoDate } from '../model.js';
import { DAY_MS, startOfDate, toIsoDate } from '../time.js';

/**
 * How long a workspace's cycles run (issue 9, "Cycles from the start"). Calendar lengths
 * (month, quarter, half, year) follow the calendar; six weeks counts days from the day
 * after the previous cycle.
 */
export type CycleLength = 'six_weeks' | 'month' | 'quarter' | 'half_year' | 'year';
export const CYCLE_LENGTHS: readonly CycleLength[] = ['six_weeks', 'month', 'quarter', 'half_year', 'year'];
export const DEFAULT_CYCLE_LENGTH: CycleLength = 'quarter';

/** Months in one cycle of each calendar length. */
const CALENDAR_MONTHS: Readonly<Partial<Record<CycleLength, number>>> = {
  month: 1,
  quarter: 3,
  half_year: 6,
  year: 12,
};
const SIX_WEEKS_DAYS = 42;

/** The next cycle is offered this many days before the current one ends. */
export const OFFER_NEXT_CYCLE_DAYS = 14;

export interface PlannedCycle {
  readonly id: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate((startOfDate(date) ?? 0) + days * DAY_MS);
}

function lastDayOfMonth(year: number, month0: number): IsoDate {
  return toIsoDate(Date.UTC(year, month0 + 1, 0));
}

/**
 * The name a cycle goes by when no one gives one: `2026-q3` for a calendar quarter,
 * `2026-h1` for a half, `2026` for a year, `2026-03` for a month, else
 * `2026-03-01-to-2026-05-15`.
 */
export function cycleName(start: IsoDate, end: IsoDate): string {
  const [y, m, d] = start.split('-').map(Number);
  if (y === undefined || m === undefined || d !== 1) return `${start}-to-${end}`;
  const lastDay = (months: number) => lastDayOfMonth(y, m - 1 + months - 1);
  if (m === 1 && end === lastDay(12)) return String(y);
  if ((m === 1 || m === 7) && end === lastDay(6)) return `${y}-h${m === 1 ? 1 : 2}`;
  if ((m - 1) % 3 === 0 && end === lastDay(3)) return `${y}-q${(m - 1) / 3 + 1}`;
  if (end === lastDay(1)) return `${y}-${String(m).padStart(2, '0')}`;
  return `${start}-to-${end}`;
}

/** The calendar cycle of this length holding `date`; six weeks start on `date` itself. */
export function cycleHolding(date: IsoDate, length: CycleLength): PlannedCycle {
  const months = CALENDAR_MONTHS[length];
  if (months === undefined) return named(date, addDays(date, SIX_WEEKS_DAYS - 1));
  const [y = 1970, m = 1] = date.split('-').map(Number);
  const first = Math.floor((m - 1) / months) * months;
  const start = toIsoDate(Date.UTC(y, first, 1));
  return named(start, lastDayOfMonth(y, first + months - 1));
}

/**
 * The cycle to plan after `previous`: it starts the day after; a calendar length runs to
 * the end of its calendar period (so a team that ran six weeks and switched to quarters
 * gets the rest of that quarter first, then whole quarters). With no previous cycle, the
 * one holding `today`.
 */
export function nextCycleAfter(
  previous: Pick<Cycle, 'end'> | undefined,
  length: CycleLength,
  today: IsoDate,
): PlannedCycle {
  if (!previous) return cycleHolding(today, length);
  const start = addDays(previous.end, 1);
  if (CALENDAR_MONTHS[length] === undefined) return named(start, addDays(start, SIX_WEEKS_DAYS - 1));
  return named(start, cycleHolding(start, length).end);
}

/**
 * The cycle to offer a team now, or `undefined`: when no cycle runs today or after it, the
 * one holding today; when the running one ends within two weeks and nothing follows it,
 * the one after it.
 */
export function cycleToOffer(
  cycles: readonly Cycle[],
  length: CycleLength,
  today: IsoDate,
): PlannedCycle | undefined {
  const ahead = cycles.filter((c) => c.end >= today).sort((a, b) => a.start.localeCompare(b.start));
  const latest = ahead.at(-1);
  if (!latest) {
    const last = [...cycles].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
    // After a gap, plan from today rather than filling the past.
    return last && addDays(last.end, 1) >= today
      ? nextCycleAfter(last, length, today)
      : cycleHolding(today, length);
  }
  if (latest.start > today) return undefined;
  return addDays(today, OFFER_NEXT_CYCLE_DAYS) >= latest.end
    ? nextCycleAfter(latest, length, today)
    : undefined;
}

export function isCycleLength(value: unknown): value is CycleLength {
  return typeof value === 'string' && (CYCLE_LENGTHS as readonly string[]).includes(value);
}

function named(start: IsoDate, end: IsoDate): PlannedCycle {
  return { id: cycleName(start, end), start, end };
}
