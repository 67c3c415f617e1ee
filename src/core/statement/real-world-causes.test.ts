import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.js';

const read = (text: string) => parseStatement(text, '2026-11-30');

/** The causes of the misses on real statements listed in issue #14, one case or more each. */
describe('statements as people write them (issue #14)', () => {
  it('read a range after any marker as a range', () => {
    for (const text of ['Most agencies target 70-85% utilization', 'SaaS target: 70–85%', 'Chat: 75-85%']) {
      expect(read(text)).toMatchObject({
        kind: 'kpi',
        direction: 'between',
        low: 70 + (text.startsWith('Chat') ? 5 : 0),
        high: 85,
        unit: '%',
      });
    }
    expect(read('Lead Time: 9.4 days → 3-5 days')).toMatchObject({
      kind: 'key_result',
      direction: 'decrease',
      baseline: 9.4,
      target: null,
      low: 3,
      high: 5,
      unit: 'd',
    });
  });

  it('take the baseline from an arrow, even before a bound, or from "(currently …)"', () => {
    expect(read('Change Failure Rate: 12% → < 7%')).toMatchObject({
      kind: 'key_result',
      direction: 'decrease',
      baseline: 12,
      target: 7,
    });
    expect(
      read('Increase the share of engineers who complete secure coding training to 90% (currently 15%)'),
    ).toMatchObject({
      kind: 'key_result',
      baseline: 15,
      target: 90,
    });
  });

  it('read a target named by a verb as a key result, not a floor', () => {
    expect(read('Renew $500k of ARR')).toMatchObject({
      kind: 'key_result',
      target: 500_000,
      low: null,
      unit: 'USD',
    });
    expect(read('Find 30 new customers')).toMatchObject({ kind: 'key_result', target: 30, low: null });
  });

  it('read "or higher", "8.0+" and "10%+" after "is" as a floor', () => {
    expect(read('CSAT is 85% or higher')).toMatchObject({
      kind: 'kpi',
      direction: 'at_least',
      low: 85,
      current: null,
    });
    expect(read('Uptime score is 8.0+')).toMatchObject({ direction: 'at_least', low: 8 });
    expect(read('Net margin is 10%+')).toMatchObject({ direction: 'at_least', low: 10, unit: '%' });
  });

  it('read a hyphenated duration after a limit as the limit, and after nothing as a name', () => {
    expect(read('Offer a max 24-hour response time')).toMatchObject({
      direction: 'at_most',
      high: 24,
      unit: 'h',
    });
    expect(read('Increase 30-day retention from 25% to 35%')).toMatchObject({
      baseline: 25,
      target: 35,
      unit: '%',
    });
    expect(read('Teams see lead times under an hour')).toMatchObject({
      direction: 'at_most',
      high: 1,
      unit: 'h',
    });
  });

  it('read euro thousands and spaced millions', () => {
    expect(read('Reach 50.000€ in monthly revenue')).toMatchObject({ target: 50_000, unit: 'EUR' });
    expect(read('Target deal size £1 m–£20 m')).toMatchObject({
      low: 1_000_000,
      high: 20_000_000,
      unit: 'GBP',
    });
  });

  it('read the share, not the numbers that say which things count', () => {
    expect(read('75% of reps hit over 100% of their quota')).toMatchObject({
      kind: 'kpi',
      direction: 'at_least',
      target: 75,
    });
    expect(read('99% of requests in each rolling week have latency below 200 milliseconds')).toMatchObject({
      direction: 'at_least',
      target: 99,
      unit: '%',
    });
    expect(read('Schedule 95% of new customer onboarding calls within 5 days signing')).toMatchObject({
      kind: 'kpi',
      target: 95,
    });
    expect(read('Bill 90% of scope changes within five working days, up from 40%')).toMatchObject({
      kind: 'key_result',
      baseline: 40,
      target: 90,
    });
  });

  it('read direction words: "down to", "up 50"', () => {
    expect(read('Bring churn down to 10%')).toMatchObject({ direction: 'decrease', target: 10 });
    expect(read('NPS up 50 over previous quarter')).toMatchObject({
      kind: 'key_result',
      change: { amount: 50, relative: false },
    });
  });

  it('read objectives and aims without numbers as objectives', () => {
    for (const text of [
      'Objective: Ship faster with confidence',
      'Objective 1: Create a high performing engineering team',
      'Get more customers',
      'Achieve record revenue and profitability',
    ]) {
      expect(read(text).kind).toBe('objective');
    }
    expect(read('Ship dark mode').kind).toBe('milestone');
  });

  it('read a word before a colon as a metric, not a verb', () => {
    expect(read('Email: Under 4 hours during business hours')).toMatchObject({
      kind: 'kpi',
      high: 4,
      unit: 'h',
    });
  });

  it('read a time span as when, not as the unit', () => {
    expect(read('KR 1: Achieve 1,000 trial sign-ups in first 30 days')).toMatchObject({
      target: 1000,
      unit: null,
    });
    expect(read('Bring client retention, rolling 12 months back to healthy').kind).toBe('objective');
  });
});
