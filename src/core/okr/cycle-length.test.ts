import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYCLE_LENGTHS, cycleHolding, cycleName, cycleToOffer, nextCycleAfter } from './cycle-length.js';

const q4 = { id: '2026-q4', start: '2026-10-01', end: '2026-12-31' };

describe('cycle length', () => {
  it('names calendar cycles by their period and anything else by its dates', () => {
    expect(cycleName('2026-07-01', '2026-09-30')).toBe('2026-q3');
    expect(cycleName('2026-01-01', '2026-06-30')).toBe('2026-h1');
    expect(cycleName('2026-01-01', '2026-12-31')).toBe('2026');
    expect(cycleName('2026-02-01', '2026-02-28')).toBe('2026-02');
    expect(cycleName('2026-03-02', '2026-04-12')).toBe('2026-03-02-to-2026-04-12');
  });

  it('plans the calendar period holding today when there is no cycle yet', () => {
    expect(nextCycleAfter(undefined, 'quarter', '2026-12-01')).toEqual(q4);
    expect(nextCycleAfter(undefined, 'half_year', '2026-12-01')).toEqual({
      id: '2026-h2',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(nextCycleAfter(undefined, 'month', '2026-02-10').end).toBe('2026-02-28');
  });

  it('starts the next cycle the day after the last one ends', () => {
    expect(nextCycleAfter(q4, 'quarter', '2026-12-20')).toEqual({
      id: '2027-q1',
      start: '2027-01-01',
      end: '2027-03-31',
    });
    expect(nextCycleAfter(q4, 'six_weeks', '2026-12-20')).toEqual({
      id: '2027-01-01-to-2027-02-11',
      start: '2027-01-01',
      end: '2027-02-11',
    });
  });

  it('after six-week cycles, a quarter first runs to the end of the calendar quarter', () => {
    const six = { id: 'push', start: '2026-10-20', end: '2026-11-30' };
    expect(nextCycleAfter(six, 'quarter', '2026-11-20')).toEqual({
      id: '2026-12',
      start: '2026-12-01',
      end: '2026-12-31',
    });
  });

  it('offers the next cycle only in the last two weeks of the running one, and only once', () => {
    expect(cycleToOffer([q4], 'quarter', '2026-12-01')).toBeUndefined();
    expect(cycleToOffer([q4], 'quarter', '2026-12-17')?.id).toBe('2027-q1');
    const q1 = { id: '2027-q1', start: '2027-01-01', end: '2027-03-31' };
    expect(cycleToOffer([q4, q1], 'quarter', '2026-12-17')).toBeUndefined();
  });

  it('offers the cycle holding today when every cycle is over', () => {
    const old = { id: '2026-q1', start: '2026-01-01', end: '2026-03-31' };
    expect(cycleToOffer([old], 'quarter', '2026-12-01')).toEqual(q4);
    expect(cycleToOffer([], 'quarter', '2026-12-01')).toEqual(q4);
  });

  it('every planned cycle starts the day after the previous and never ends before it starts', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000));
    fc.assert(
      fc.property(day, fc.constantFrom(...CYCLE_LENGTHS), (end, length) => {
        const previous = { end: end.toISOString().slice(0, 10) };
        const next = nextCycleAfter(previous, length, previous.end);
        const gap = Date.parse(next.start) - Date.parse(previous.end);
        expect(gap).toBe(86_400_000);
        expect(next.end >= next.start).toBe(true);
        expect(cycleHolding(next.end, length).end >= next.end).toBe(true);
      }),
    );
  });
});
