import { describe, expect, it } from 'vitest';
import { cycleSpan, endOfDate, formatInstant, startOfDate } from './time.js';

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
