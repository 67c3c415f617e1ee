import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time.js';
import { formatAlertFor, parseAlertFor } from './alert-for.js';
import { type AlertRule, applyClock, NO_DATA, replayAlert } from './alert-state.js';

// First response time, in hours: healthy at most 8, at risk up to 10, a breach beyond.
const responseTime: AlertRule = { cadence: 'daily', healthy: { max: 8 }, warning: { max: 10 } };
const day = (n: number) => Date.UTC(2026, 10, 1) + n * DAY_MS;
const series = (...values: number[]) => values.map((value, i) => ({ at: day(i), value }));
const path = (rule: AlertRule, values: number[]) =>
  replayAlert(rule, NO_DATA, series(...values)).transitions.map((t) => `${t.from}→${t.to}`);

describe('a KPI alert', () => {
  it('waits in pending for one cadence period out of range, then fires', () => {
    const { state, transitions } = replayAlert(responseTime, NO_DATA, series(6, 12, 13));
    expect(transitions.map((t) => [t.from, t.to, t.severity, t.cause.kind, t.at])).toEqual([
      ['no_data', 'normal', null, 'first_point', day(0)],
      ['normal', 'pending', 'critical', 'left_range', day(1)],
      ['pending', 'firing', 'critical', 'stayed_out', day(2)],
    ]);
    expect(state.state).toBe('firing');
  });

  it('goes back to normal from pending without ever firing when the next value is healthy', () => {
    expect(path(responseTime, [6, 9, 7])).toEqual(['no_data→normal', 'normal→pending', 'pending→normal']);
  });

  it('is a warning when at risk and critical when in breach, and says when the severity rises', () => {
    const { transitions } = replayAlert(responseTime, NO_DATA, series(9, 9.5, 11));
    expect(transitions.map((t) => `${t.to} ${t.severity}`)).toEqual([
      'pending warning',
      'firing warning',
      'firing critical',
    ]);
  });

  it('recovers through recovering and resolves once back in range for its `for`', () => {
    expect(path(responseTime, [12, 12, 7, 7])).toEqual([
      'no_data→pending',
      'pending→firing',
      'firing→recovering',
      'recovering→normal',
    ]);
  });

  it('fires again at once when a recovering value leaves the range again', () => {
    expect(path(responseTime, [12, 12, 7, 12])).toEqual([
      'no_data→pending',
      'pending→firing',
      'firing→recovering',
      'recovering→firing',
    ]);
  });

  it('fires on a count of points when `for` is a number of points', () => {
    const threePoints: AlertRule = { ...responseTime, for: { kind: 'points', count: 3 } };
    expect(path(threePoints, [12, 12])).toEqual(['no_data→pending']);
    expect(path(threePoints, [12, 12, 12])).toEqual(['no_data→pending', 'pending→firing']);
    const onePoint: AlertRule = { ...responseTime, for: { kind: 'points', count: 1 } };
    expect(path(onePoint, [12])).toEqual(['no_data→pending', 'pending→firing']);
  });

  it('fires on the clock alone once a pending value has been out for its duration', () => {
    const pending = replayAlert(responseTime, NO_DATA, series(12)).state;
    expect(applyClock(responseTime, pending, day(0) + DAY_MS - 1).transitions).toEqual([]);
    const { state, transitions } = applyClock(responseTime, pending, day(0) + DAY_MS + 5);
    expect(state.state).toBe('firing');
    expect(transitions[0]).toMatchObject({ from: 'pending', to: 'firing', at: day(1) });
  });

  it('goes stale after 1.5 cadence periods without a point, and back where it was on the next point', () => {
    const firing = replayAlert(responseTime, NO_DATA, series(12, 12)).state;
    const stale = applyClock(responseTime, firing, day(1) + 2 * DAY_MS);
    expect(stale.transitions).toEqual([
      {
        at: day(1) + 1.5 * DAY_MS,
        from: 'firing',
        to: 'stale',
        severity: 'critical',
        cause: { kind: 'went_stale' },
      },
    ]);
    const resumed = replayAlert(responseTime, stale.state, [{ at: day(4), value: 13 }]);
    expect(resumed.transitions.map((t) => `${t.from}→${t.to} ${t.cause.kind}`)).toEqual([
      'stale→firing points_resumed',
    ]);
  });

  it('never alerts on a KPI without a threshold', () => {
    expect(path({ cadence: 'daily' }, [1, 100, 1000])).toEqual(['no_data→normal']);
  });

  it('ignores back-dated points: the alert follows the latest value', () => {
    const firing = replayAlert(responseTime, NO_DATA, series(12, 12)).state;
    expect(replayAlert(responseTime, firing, [{ at: day(0) - DAY_MS, value: 1 }]).transitions).toEqual([]);
  });

  it('fires only after pending, and resolves only through recovering, whatever the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 40 }), (values) => {
        const { transitions } = replayAlert(responseTime, NO_DATA, series(...values));
        for (const t of transitions) {
          if (t.to === 'firing' && t.from !== 'firing')
            expect(['pending', 'recovering', 'stale']).toContain(t.from);
          if (t.from === 'firing' && t.to !== 'firing') expect(['recovering', 'stale']).toContain(t.to);
        }
        transitions.slice(1).forEach((t, i) => {
          expect(t.from).toBe(transitions[i]?.to);
        });
      }),
    );
  });
});

describe('the `for` of an alert', () => {
  it.each([
    ['3 points', { kind: 'points', count: 3 }, '3 points'],
    ['1 point', { kind: 'points', count: 1 }, '1 point'],
    ['36h', { kind: 'duration', ms: 36 * 3_600_000 }, '36h'],
    ['2 days', { kind: 'duration', ms: 2 * DAY_MS }, '2d'],
    ['1w', { kind: 'duration', ms: 7 * DAY_MS }, '1w'],
    ['90 min', { kind: 'duration', ms: 90 * 60_000 }, '90m'],
  ])('reads "%s"', (text, value, canonical) => {
    expect(parseAlertFor(text)).toEqual({ value });
    expect(formatAlertFor(value as never)).toBe(canonical);
  });

  it('says what it accepts when it cannot read the text', () => {
    expect(parseAlertFor('a while')).toEqual({
      error:
        '"a while" is not a number of points or a duration: write e.g. "3 points", "36h", "2 days" or "1w".',
    });
    expect(parseAlertFor('0 points')).toHaveProperty('error');
  });
});
