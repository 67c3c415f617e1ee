import { describe, expect, it } from 'vitest';
import { cycleSpan, endOfDate, formatInstant, parseInstant, quarterOf, startOfDate } from './time.js';

describe('calendar dates', () => {
  it('reads a real ISO date as midnight UTC', () => {
    expect(startOfDate('2026-01-05')).toBe(Date.UTC(2026, 0, 5));
  });

  it('rejects dates that do not exist rather than rolling them over', () => {
    expect(startOfDate('2026-02-30')).toBeUndefined();
    expect(startOfDate('5 Jan 2026')).toBeUndefined();
  });

  it('takes "as of a date" to be the last millisecond of that day', () => {
    expect(endOfDate('2026-01-05')).toBe(Date.UTC(2026, 0, 6) - 1);
  });

  it('writes midnight as a bare date and other instants in full', () => {
    expect(formatInstant(Date.UTC(2026, 0, 5))).toBe('2026-01-05');
    expect(formatInstant(Date.UTC(2026, 0, 5, 9, 30))).toBe('2026-01-05T09:30:00.000Z');
  });

  it('spans a quarter from the first midnight to the end of its last day', () => {
    const span = cycleSpan({ id: 'q1', start: '2026-01-01', end: '2026-03-31' });
    expect((span.end + 1 - span.start) / 86_400_000).toBe(90);
  });
});

describe('instants in the workspace file', () => {
  it('reads a bare date as midnight UTC', () => {
    expect(parseInstant('2026-01-05')).toBe(Date.UTC(2026, 0, 5));
  });

  it('reads a datetime with its offset', () => {
    expect(parseInstant('2026-01-05T09:30:00+01:00')).toBe(Date.UTC(2026, 0, 5, 8, 30));
    expect(parseInstant('2026-01-05T09:30Z')).toBe(Date.UTC(2026, 0, 5, 9, 30));
    expect(parseInstant('2026-01-05T09:30:00.25-02:30')).toBe(Date.UTC(2026, 0, 5, 12, 0, 0, 250));
  });

  it('rejects times without an offset, impossible dates and impossible times', () => {
    expect(parseInstant('2026-01-05T09:30:00')).toBeUndefined();
    expect(parseInstant('2026-02-30')).toBeUndefined();
    expect(parseInstant('2026-01-05T24:00Z')).toBeUndefined();
    expect(parseInstant('yesterday')).toBeUndefined();
  });

  it('reads back every instant formatInstant writes', () => {
    for (const at of [Date.UTC(2026, 0, 5), Date.UTC(2026, 10, 23, 17, 4, 5, 6), 0]) {
      expect(parseInstant(formatInstant(at))).toBe(at);
    }
  });
});

describe('the quarter an instant falls in', () => {
  it.each([
    ['2026-11-23T12:00:00Z', '2026-10-01', '2026-12-31'],
    ['2026-01-01T00:00:00Z', '2026-01-01', '2026-03-31'],
    ['2028-02-29T23:59:59Z', '2028-01-01', '2028-03-31'],
    ['2026-06-30T23:59:59Z', '2026-04-01', '2026-06-30'],
  ])('%s lies in %s – %s', (at, start, end) => {
    expect(quarterOf(Date.parse(at))).toEqual({ start, end });
  });
});
