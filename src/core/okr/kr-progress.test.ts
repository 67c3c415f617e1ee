import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericProgress } from './kr-progress.js';

describe('key result progress, worked examples from the articles', () => {
  it.each([
    ['a decreasing KR at 38 of 52→25 min is 51.85% done', 52, 25, 38, (38 - 52) / (25 - 52)],
    ['churn 8%→5% at 6.5% is half done', 8, 5, 6.5, 0.5],
    ['CSAT 3.8→4.5 at 4.15 is half done', 3.8, 4.5, 4.15, 0.5],
    ['a customer base 100→500 at 300 is half done', 100, 500, 300, 0.5],
    ['a customer base 100→500 at 500 is done', 100, 500, 500, 1],
    ['overshooting the target stays at 100%', 100, 500, 650, 1],
    ['churn worse than its baseline (9%) shows 0%, not negative', 8, 5, 9, 0],
    ['standing at the baseline is 0%', 52, 25, 52, 0],
  ])('%s', (_, baseline, target, current, expected) => {
    expect(numericProgress(baseline, target, current)).toBeCloseTo(expected, 10);
  });

  it('gives 51.85% for the response-time example to two decimals', () => {
    expect(Math.round(numericProgress(52, 25, 38) * 10_000) / 100).toBe(51.85);
  });

  it.each([
    ['no baseline', undefined, 5, 6],
    ['no target', 8, undefined, 6],
    ['no current value', 8, 5, undefined],
    ['baseline equal to target', 5, 5, 5],
    ['a NaN value', 8, 5, Number.NaN],
  ])('is 0 rather than a crash with %s', (_, baseline, target, current) => {
    expect(numericProgress(baseline, target, current)).toBe(0);
  });
});

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const distinctPair = fc.tuple(finite, finite).filter(([a, b]) => a !== b);

describe('key result progress, properties', () => {
  it('is always within [0, 1]', () => {
    fc.assert(
      fc.property(finite, finite, finite, (b, t, c) => {
        const p = numericProgress(b, t, c);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('mirrors: an increasing KR and its negated decreasing twin make the same progress', () => {
    fc.assert(
      fc.property(distinctPair, finite, ([b, t], c) => {
        expect(numericProgress(-b, -t, -c)).toBeCloseTo(numericProgress(b, t, c), 9);
      }),
    );
  });

  it('never falls as the current value moves toward the target', () => {
    fc.assert(
      fc.property(distinctPair, finite, finite, ([b, t], c1, c2) => {
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const [nearer, farther] = t > b ? [hi, lo] : [lo, hi];
        expect(numericProgress(b, t, nearer)).toBeGreaterThanOrEqual(numericProgress(b, t, farther));
      }),
    );
  });
});
