import type { IsoDate } from '../model.js';
import { parseStatement } from './parse-statement.js';
import type { StatementReading } from './statement.types.js';

/**
 * How many readings are kept. The coach reads every key result title on each evaluation,
 * and a server evaluates the same workspace on every dashboard request, so the same few
 * thousand titles come back again and again; the oldest reading goes first beyond this.
 */
const KEPT = 20_000;
const readings = new Map<string, StatementReading>();

/**
 * `parseStatement`, remembered: parsing is pure, so a title read on the same date reads the
 * same way, and its reading (immutable) can be handed out again instead of parsed again.
 */
export function cachedReading(text: string, asOf: IsoDate): StatementReading {
  const key = `${asOf}\n${text}`;
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = parseStatement(text, asOf);
    if (readings.size >= KEPT) readings.delete(readings.keys().next().value as string);
    readings.set(key, reading);
  }
  return reading;
}
