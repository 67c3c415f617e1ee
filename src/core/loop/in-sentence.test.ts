import { describe, expect, it } from 'vitest';
import { inSentence } from './in-sentence.js';

describe('a KPI name inside a sentence', () => {
  it.each([
    ['Uptime', 'uptime'],
    ['Monthly logo churn', 'monthly logo churn'],
    ['CSAT', 'CSAT'],
    ['NPS score', 'NPS score'],
    ['response time', 'response time'],
    ['X', 'X'],
    ['Évaluation moyenne', 'évaluation moyenne'],
  ])('reads "%s" as "%s"', (name, expected) => {
    expect(inSentence(name)).toBe(expected);
  });
});
