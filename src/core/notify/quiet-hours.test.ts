import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.js';

const berlin = { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' };

describe('quiet hours', () => {
  it('hold a 23:30 Berlin alert until 07:00 Berlin time the next morning', () => {
    // 2026-12-01 23:30 in Berlin (UTC+1) is 22:30 UTC.
    expect(new Date(quietUntil(Date.UTC(2026, 11, 1, 22, 30), berlin)).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
  });

  it('let a 12:00 alert go at once', () => {
    const noon = Date.UTC(2026, 11, 1, 11, 0);
    expect(quietUntil(noon, berlin)).toBe(noon);
  });

  it('hold an alert at 06:59 until 07:00, and a window inside one day works too', () => {
    expect(new Date(quietUntil(Date.UTC(2026, 11, 2, 5, 59), berlin)).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    );
    const lunch = { start: '12:00', end: '13:30', timeZone: 'UTC' };
    expect(new Date(quietUntil(Date.UTC(2026, 11, 2, 12, 15), lunch)).toISOString()).toBe(
      '2026-12-02T13:30:00.000Z',
    );
  });

  it('never send earlier than asked, nor later than a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (at) => {
        const until = quietUntil(at, berlin);
        expect(until).toBeGreaterThanOrEqual(at - 999);
        expect(until - at).toBeLessThanOrEqual(24 * 60 * 60 * 1000);
        // Once the window is over, the time is free.
        expect(quietUntil(until, berlin)).toBe(until);
      }),
    );
  });
});
