import { describe, expect, it } from 'vitest';
import { thresholdSpans } from './threshold-segments.js';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('the healthy band drawn from the date each threshold took effect', () => {
  it('draws one band throughout for a KPI whose range never moved', () => {
    expect(thresholdSpans([], { max: 4 }, { max: 6 })).toEqual({
      healthy: [{ range: { max: 4 } }],
      warning: [{ range: { max: 6 } }],
      moves: [],
    });
  });

  it('draws the old range before a ratchet and the new one after it, with a marker at the move', () => {
    const spans = thresholdSpans(
      [{ at: '2026-12-03T10:00:00Z', from: { max: 4 }, to: { max: 3 }, keyResult: 'kr', reason: null }],
      { max: 3 },
      { max: 5 },
    );
    const move = at('2026-12-03T10:00:00Z');
    expect(spans.healthy).toEqual([
      { range: { max: 4 }, to: move },
      { range: { max: 3 }, from: move },
    ]);
    expect(spans.warning).toEqual([{ range: { max: 5 }, from: move }]);
    expect(spans.moves).toEqual([move]);
  });

  it('orders several moves by date and skips a span with no range', () => {
    const spans = thresholdSpans(
      [
        {
          at: '2026-09-01T00:00:00Z',
          from: { min: 18 },
          to: { min: 30 },
          keyResult: null,
          reason: 'ratchet',
        },
        { at: '2026-06-01T00:00:00Z', from: {}, to: { min: 18 }, keyResult: null, reason: 'first range' },
      ],
      { min: 30 },
      null,
    );
    expect(spans.healthy).toEqual([
      { range: { min: 18 }, from: at('2026-06-01T00:00:00Z'), to: at('2026-09-01T00:00:00Z') },
      { range: { min: 30 }, from: at('2026-09-01T00:00:00Z') },
    ]);
    expect(spans.warning).toEqual([]);
  });
});
