import type { Cadence } from '../model.js';
import { cadencePeriodMs } from '../time.js';

/**
 * How long a KPI must stay out of range before its alert fires, and back in range before
 * it resolves (domain.md, "Alert state"): a number of points or a duration.
 */
export type AlertFor =
  | { readonly kind: 'points'; readonly count: number }
  | { readonly kind: 'duration'; readonly ms: number };

const UNIT_MS: Readonly<Record<string, number>> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** The default: one cadence period, so a weekly KPI fires after a week out of range. */
export function defaultAlertFor(cadence: Cadence): AlertFor {
  return { kind: 'duration', ms: cadencePeriodMs(cadence) };
}

/**
 * Reads `3 points`, `1 point`, `36h`, `2 days`, `1w`, `90 min`. Returns the reading or a
 * message that says what is accepted.
 */
export function parseAlertFor(text: string): { readonly value: AlertFor } | { readonly error: string } {
  const t = text.trim().toLowerCase();
  const points = /^(\d+)\s*points?$/.exec(t);
  if (points) {
    const count = Number(points[1]);
    if (count >= 1) return { value: { kind: 'points', count } };
  }
  const duration = /^(\d+(?:\.\d+)?)\s*(m|mins?|minutes?|h|hours?|d|days?|w|weeks?)$/.exec(t);
  if (duration) {
    const unit = UNIT_MS[(duration[2] as string)[0] as string] as number;
    return { value: { kind: 'duration', ms: Math.round(Number(duration[1]) * unit) } };
  }
  return {
    error: `"${text}" is not a number of points or a duration: write e.g. "3 points", "36h", "2 days" or "1w".`,
  };
}

/** The canonical text of an AlertFor, as files and the API write it. */
export function formatAlertFor(value: AlertFor): string {
  if (value.kind === 'points') return `${value.count} ${value.count === 1 ? 'point' : 'points'}`;
  for (const [unit, ms] of [
    ['w', UNIT_MS.w],
    ['d', UNIT_MS.d],
    ['h', UNIT_MS.h],
  ] as const) {
    if (value.ms % (ms as number) === 0) return `${value.ms / (ms as number)}${unit}`;
  }
  return `${Math.round(value.ms / 60_000)}m`;
}

/**
 * Reads a repeat interval: how often a KPI whose alert is still firing is told again
 * (`4h`, `1 day`, `1w`). A duration only, at least five minutes, since the alert job that
 * repeats notices runs every five minutes.
 */
export function parseAlertRepeat(text: string): { readonly value: number } | { readonly error: string } {
  const reading = parseAlertFor(text);
  if ('value' in reading && reading.value.kind === 'duration' && reading.value.ms >= MIN_REPEAT_MS)
    return { value: reading.value.ms };
  return {
    error: `"${text}" is not a repeat interval: write a duration of at least five minutes, e.g. "4h", "1 day" or "1w".`,
  };
}

const MIN_REPEAT_MS = 5 * 60_000;

/** The canonical text of a repeat interval, as files and the API write it. */
export function formatAlertRepeat(ms: number): string {
  return formatAlertFor({ kind: 'duration', ms });
}
