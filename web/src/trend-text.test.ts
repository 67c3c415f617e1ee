import { describe, expect, it } from 'vitest';
import { trendText } from './trend-text.js';

describe('a KPI trend in words: direction and judgement apart', () => {
  it.each([
    ['a response time falling is improving', 'improving', -2.5, '↘', 'falling', 'falling, improving'],
    ['a response time rising is worsening', 'worsening', 1.2, '↗', 'rising', 'rising, worsening'],
    ['CSAT rising is improving', 'improving', 0.1, '↗', 'rising', 'rising, improving'],
    ['churn falling below its floor is worsening', 'worsening', -0.4, '↘', 'falling', 'falling, worsening'],
    ['a flat trend has no judgement', 'flat', 0.001, '→', 'flat', 'flat'],
  ] as const)('%s', (_, trend, slope, arrow, direction, sentence) => {
    expect(trendText(trend, slope)).toMatchObject({ arrow, direction, sentence });
  });
});
