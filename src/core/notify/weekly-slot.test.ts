import { describe, expect, it } from 'vitest';
import { weeklySlotDue } from './weekly-slot.js';

const monday8 = { weekday: 1, time: '08:00', timeZone: 'Europe/Berlin' };

describe('the weekly slot of a digest or reminder', () => {
  it('is due on the week start from the local time on, named by the local date', () => {
    // Monday 30 November 2026, 07:00 UTC is 08:00 in Berlin.
    expect(weeklySlotDue(Date.UTC(2026, 10, 30, 6, 59), monday8)).toBeUndefined();
    expect(weeklySlotDue(Date.UTC(2026, 10, 30, 7, 0), monday8)).toBe('2026-11-30');
    expect(weeklySlotDue(Date.UTC(2026, 10, 30, 22, 59), monday8)).toBe('2026-11-30');
  });

  it('is never due on another day, so a missed Monday is not sent on Tuesday', () => {
    expect(weeklySlotDue(Date.UTC(2026, 10, 30, 23, 0), monday8)).toBeUndefined();
    expect(weeklySlotDue(Date.UTC(2026, 11, 1, 9, 0), monday8)).toBeUndefined();
  });

  it("follows the person's time zone across the date line", () => {
    // Sunday 29 November 20:00 UTC is Monday 09:00 in Auckland.
    const auckland = { ...monday8, timeZone: 'Pacific/Auckland' };
    expect(weeklySlotDue(Date.UTC(2026, 10, 29, 20, 0), auckland)).toBe('2026-11-30');
  });
});
