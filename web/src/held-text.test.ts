import { describe, expect, it } from 'vitest';
import type { HeldWatch } from './api/types.js';
import { createFormatter } from './format.js';
import { heldText } from './held-text.js';

const fmt = createFormatter('en-GB');
const watch = (over: Partial<HeldWatch>): HeldWatch => ({
  verdict: 'too_early',
  since: '2026-12-03T10:00:00.000Z',
  until: '2027-03-04T10:00:00.000Z',
  slippedAt: null,
  points: 2,
  outside: 0,
  keyResult: 'kr-response',
  ...over,
});

describe('"held?" in plain words', () => {
  it('says a ratchet is holding while it is watched, and until when', () => {
    const text = heldText(watch({}), fmt);
    expect(text.label).toBe('Holding since 3 Dec 2026');
    expect(text.sentence).toMatch(
      /new floor took effect on 3 Dec 2026 stayed inside it \(2 values\).*until 4 Mar 2027/,
    );
  });

  it('says since when it slipped, from the first value outside', () => {
    const text = heldText(
      watch({ verdict: 'slipped', slippedAt: '2026-12-10T09:00:00.000Z', outside: 1 }),
      fmt,
    );
    expect(text).toMatchObject({ tone: 'breach', label: 'Slipped since 10 Dec 2026' });
    expect(text.sentence).toContain(
      'did not hold: 1 of 2 values since fell outside it, the first on 10 Dec 2026',
    );
  });

  it('calls an edited range a healthy range, not a floor', () => {
    expect(heldText(watch({ keyResult: null, verdict: 'held' }), fmt).sentence).toMatch(
      /^The new healthy range/,
    );
  });
});
