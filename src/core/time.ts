import type { Cadence, Cycle, Instant, IsoDate } from './model.js';

/**
 * Calendar arithmetic in UTC. Pure: no clock is read here; "now" is always a parameter.
 */

export const DAY_MS = 86_400_000;

/** Days in one period of each cadence (domain.md: daily 1, weekly 7, monthly 30, quarterly 91). */
export const CADENCE_DAYS: Readonly<Record<Cadence, number>> = {
  daily: 1,
  weekly: 7,
  monthly: 30,
  quarterly: 91,
};

export function cadencePeriodMs(cadence: Cadence): number {
  return CADENCE_DAYS[cadence] * DAY_MS;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC at the start of an ISO date, or `undefined` when it is not a real date. */
export function startOfDate(date: IsoDate): Instant | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return undefined;
  }
  return ms;
}

/**
 * The last millisecond of an ISO date. "As of a date" means the end of that day:
 * everything dated that day counts.
 */
export function endOfDate(date: IsoDate): Instant | undefined {
  const start = startOfDate(date);
  return start === undefined ? undefined : start + DAY_MS - 1;
}

/** The ISO date (UTC) an instant falls on. */
export function toIsoDate(at: Instant): IsoDate {
  return new Date(at).toISOString().slice(0, 10);
}

/** An ISO date when the instant is midnight UTC, else a full ISO timestamp. */
export function formatInstant(at: Instant): string {
  return at % DAY_MS === 0 ? toIsoDate(at) : new Date(at).toISOString();
}

export interface CycleSpan {
  /** Start date 00:00. */
  readonly start: Instant;
  /** Last millisecond of the end date. */
  readonly end: Instant;
}

export function cycleSpan(cycle: Cycle): CycleSpan {
  const start = startOfDate(cycle.start);
  const end = endOfDate(cycle.end);
  if (start === undefined || end === undefined) {
    throw new RangeError(`Cycle ${cycle.id} has an invalid date (${cycle.start} – ${cycle.end}).`);
  }
  return { start, end };
}

export function cycleContains(cycle: Cycle, at: Instant): boolean {
  const span = cycleSpan(cycle);
  return at >= span.start && at <= span.end;
}

// A datetime must carry its offset: a wall-clock time without one means a different
// instant on every machine, and the workspace file must read the same everywhere.
const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an ISO date (`2026-01-05`, meaning 00:00 UTC) or an ISO datetime with an offset
 * (`2026-01-05T09:30:00+01:00`, `…Z`) as an instant; `undefined` when it is neither or
 * names a date or time that does not exist. `formatInstant` writes what this reads.
 */
export function parseInstant(text: string): Instant | undefined {
  if (ISO_DATE.test(text)) return startOfDate(text);
  const m = ISO_DATETIME.exec(text);
  if (!m) return undefined;
  const day = startOfDate(m[1] ?? '');
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  const millis = Number((m[5] ?? '').padEnd(3, '0'));
  const offset = parseOffsetMinutes(m[6] ?? 'Z');
  if (day === undefined || offset === undefined || hours > 23 || minutes > 59 || seconds > 59) {
    return undefined;
  }
  return day + ((hours * 60 + minutes - offset) * 60 + seconds) * 1000 + millis;
}

function parseOffsetMinutes(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = [Number(offset.slice(1, 3)), Number(offset.slice(4, 6))];
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** The calendar quarter holding the instant, as ISO dates: the default first cycle. */
export function quarterOf(at: Instant): { readonly start: IsoDate; readonly end: IsoDate } {
  const d = new Date(at);
  const first = Math.floor(d.getUTCMonth() / 3) * 3;
  const start = new Date(Date.UTC(d.getUTCFullYear(), first, 1));
  const end = new Date(Date.UTC(d.getUTCFullYear(), first + 3, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
