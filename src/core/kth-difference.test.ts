import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthDifference, kthDifferences, quickselect } from './kth-difference.js';

const sorted = (values: readonly number[]) => Float64Array.from(values).sort();

/** Every difference after − before, written out and sorted: the slow, obvious answer. */
function allDifferences(before: Float64Array, after: Float64Array): number[] {
  const out: number[] = [];
  for (const a of after) for (const b of before) out.push(a - b);
  return out.sort((x, y) => x - y);
}

describe('the k-th pairwise difference', () => {
  it('agrees with writing every difference out and sorting, ties and rounding included', () => {
    // Small integers make ties; decimals like 0.1 make rounding; long samples force the search.
    const value = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.constantFrom(0.1, 0.2, 0.3),
    );
    const sample = fc.array(value, { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(
        sample,
        sample,
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (b, a, share) => {
          const before = sorted(b);
          const after = sorted(a);
          const all = allDifferences(before, after);
          const k = Math.floor(share * all.length);
          expect(kthDifference(before, after, k)).toBe(all[k]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers several ranks of the same samples, in any order, as one search each would', () => {
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -50, max: 50, noNaN: true }));
    const sample = fc.array(value, { minLength: 1, maxLength: 100 });
    const shares = fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(sample, sample, shares, (b, a, picks) => {
        const before = sorted(b);
        const after = sorted(a);
        const all = allDifferences(before, after);
        const ranks = picks.map((share) => Math.floor(share * all.length));
        expect(kthDifferences(before, after, ranks)).toEqual(ranks.map((k) => all[k]));
      }),
      { numRuns: 200 },
    );
  });

  it('still answers when the differences are too large to subtract (no guess can be made)', () => {
    // Long enough that the sampling search, not the write-out, has to find them.
    const spread = (offset: number) => Array.from({ length: 60 }, (_, i) => ((i * 7 + offset) % 60) - 30);
    const before = sorted([-1.5e308, ...spread(1), 1e308]);
    const after = sorted([-1e308, ...spread(5), 1.6e308]);
    const all = allDifferences(before, after);
    for (let k = 0; k < all.length; k += 7) expect(kthDifference(before, after, k)).toBe(all[k]);
    expect(kthDifference(before, after, all.length - 1)).toBe(all[all.length - 1]);
  });

  it('finds the smallest and the largest of 91 × 91 differences', () => {
    const before = sorted(Array.from({ length: 91 }, (_, i) => (i * 37) % 91));
    const after = sorted(Array.from({ length: 91 }, (_, i) => 100 + ((i * 53) % 91)));
    expect(kthDifference(before, after, 0)).toBe(10);
    expect(kthDifference(before, after, 91 * 91 - 1)).toBe(190);
  });
});

describe('quickselect', () => {
  it('puts the value of any rank where a sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1 }), fc.nat(), (values, r) => {
        const rank = r % values.length;
        const expected = [...values].sort((x, y) => x - y)[rank];
        expect(quickselect([...values], rank)).toBe(expected);
      }),
    );
  });
});
