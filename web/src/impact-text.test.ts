import { describe, expect, it } from 'vitest';
import type { KrImpact } from './api/types.js';
import { createFormatter } from './format.js';
import { impactLook, impactSentence } from './impact-text.js';

const us = createFormatter('en-US', 'USD');
const de = createFormatter('de-DE', 'EUR');

function impact(fields: Partial<KrImpact>): KrImpact {
  return {
    verdict: 'moved',
    before: { median: 6, n: 20 },
    after: { median: 3.5, n: 7 },
    shift: -2.5,
    low: -2.9,
    high: -2.1,
    ...fields,
  };
}

describe('the impact verdict in plain words', () => {
  it('says how far the KPI moved, with its interval and medians, in the KPI unit', () => {
    expect(impactSentence(impact({}), 'h', us)).toBe(
      '2.5 h lower (95% interval 2.1 h to 2.9 h lower); median 6 h before, 3.5 h after',
    );
    expect(impactLook(impact({})).tone).toBe('healthy');
  });

  it('writes numbers in the workspace locale', () => {
    expect(
      impactSentence(
        impact({
          shift: 12.5,
          low: 3.25,
          high: 20,
          before: { median: 70, n: 9 },
          after: { median: 82.5, n: 9 },
        }),
        '%',
        de,
      ),
    ).toBe(
      '12,5\u00a0% higher (95% interval 3,25\u00a0% to 20\u00a0% higher); median 70\u00a0% before, 82,5\u00a0% after',
    );
  });

  it('an interval across zero reads from one side to the other', () => {
    const unclear = impact({ verdict: 'no_clear_change', shift: 0.4, low: -0.3, high: 1.2 });
    expect(impactSentence(unclear, 'h', us)).toBe(
      '0.4 h higher (95% interval 0.3 h lower to 1.2 h higher); median 6 h before, 3.5 h after',
    );
  });

  it('too little data says how many points each window has', () => {
    const few = impact({
      verdict: 'too_little_data',
      after: { median: 3, n: 3 },
      shift: null,
      low: null,
      high: null,
    });
    expect(impactSentence(few, 'h', us)).toBe(
      '3 points after the work began, 20 points before; 4 are needed in each',
    );
    expect(impactLook(few).word).toBe('Too little data');
  });
});
