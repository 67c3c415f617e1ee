import { describe, expect, it } from 'vitest';
import { prepareKpi } from '../kpi/prepared-kpi.js';
import { daily, endOf, kpi, objective } from '../test-support/engine-fixtures.js';
import { cycleSpan } from '../time.js';
import { guardrailStates } from './guardrails.js';

const q1 = cycleSpan({ id: 'q1', start: '2026-01-01', end: '2026-03-31' });
const csat = kpi({ id: 'csat', healthy: { min: 4 }, warning: { min: 3.5 } });
const kpis = (points: ReturnType<typeof daily>) => new Map([['csat', prepareKpi({ ...csat, points })]]);
const guarded = objective({ guardrails: ['csat', 'unknown'] });

describe('the guardrails of an objective', () => {
  it('are breached by any point outside the healthy range during the cycle, even one since recovered', () => {
    const [state] = guardrailStates(
      guarded,
      q1,
      kpis(daily('2026-02-01', [4.2, 3.7, 4.1])),
      endOf('2026-02-10'),
    );
    expect(state).toMatchObject({
      kpi: 'csat',
      status: 'healthy',
      breached: true,
      firstBreach: { value: 3.7 },
    });
  });

  it('report the KPI status as of the instant, and see nothing after it', () => {
    const [state] = guardrailStates(guarded, q1, kpis(daily('2026-02-01', [4.2, 3.7])), endOf('2026-02-01'));
    expect(state).toMatchObject({ status: 'healthy', breached: false });
  });

  it('ignore points before the cycle and ids that name no KPI', () => {
    const states = guardrailStates(
      guarded,
      q1,
      kpis(daily('2025-12-30', [3, 4.5, 4.5])),
      endOf('2026-02-10'),
    );
    expect(states).toEqual([{ kpi: 'csat', status: 'healthy', breached: false, firstBreach: undefined }]);
  });

  it('cannot be breached without a healthy range', () => {
    const noRange = new Map([['csat', prepareKpi(kpi({ id: 'csat', points: daily('2026-02-01', [1]) }))]]);
    expect(guardrailStates(guarded, q1, noRange, endOf('2026-02-10'))).toMatchObject([
      { status: 'no_threshold', breached: false },
    ]);
  });
});
