import { clockSeconds } from './quiet-hours.js';

/** A weekly moment in a person's own time: the workspace's week start day at a local time. */
export interface WeeklySlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Local `HH:MM`. */
  readonly time: string;
  readonly timeZone: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The local date (`YYYY-MM-DD`) of this week's slot when `at` falls on its day at or after
 * its time, else undefined. A job that runs every few minutes sends on the first run
 * inside the window; a server down at the slot's time catches up later that same day,
 * and never on another day. The date names the send, so it happens once.
 */
export function weeklySlotDue(at: number, slot: WeeklySlot): string | undefined {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: slot.timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  if (WEEKDAYS.indexOf(part('weekday')) + 1 !== slot.weekday) return undefined;
  const start = clockSeconds(slot.time);
  const now = Number(part('hour')) * 3600 + Number(part('minute')) * 60;
  if (start === undefined || now < start) return undefined;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
