import { describe, expect, it } from 'vitest';
import {
  ADVICE_QUESTIONS,
  completeAnswers,
  type QuestionId,
  unansweredQuestions,
} from './advice-questions.js';

const question = (id: QuestionId) => {
  const found = ADVICE_QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

describe('reading answers to the decision questions', () => {
  it.each([
    ['stage', 'Stable', { stage: 'stable' }],
    ['stage', 'grow', { stage: 'growing' }],
    ['problem', 'control', { problem: 'control' }],
    ['reviewMinutes', '45', { reviewMinutesPerWeek: 45 }],
    ['reviewMinutes', '1.5 h', { reviewMinutesPerWeek: 90 }],
    ['team', 'freelancer', { teamSize: 1, freelancer: true }],
    ['team', '12', { teamSize: 12, freelancer: false }],
    ['domain', 'saas', { domain: 'saas' }],
    ['domain', 'customer service', { domain: 'support' }],
    ['domain', 'HR and people', { domain: 'people' }],
    ['domain', 'public sector', { domain: 'public-sector' }],
    ['areas', '2', { areasToImprove: 2 }],
  ] as const)('%s: “%s” reads as %j', (id, raw, expected) => {
    expect(question(id).read(raw)).toEqual({ ok: true, answer: expected });
  });

  it.each([
    ['stage', 'maybe', /stable, growing or both/],
    ['reviewMinutes', 'lots', /minutes a week, e\.g\. 30/],
    ['team', '0', /at least 1/],
    ['team', 'ten', /whole number.*freelancer/],
    ['domain', 'astrology', /choose one of sales, marketing/],
    ['areas', '-1', /whole number/],
  ] as const)('%s: “%s” is refused with a message saying how to answer', (id, raw, message) => {
    const reading = question(id).read(raw);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(message);
  });

  it('knows which questions are still open, and completes only when all are answered', () => {
    const partial = { stage: 'stable', problem: 'control', teamSize: 1, freelancer: true } as const;
    expect(unansweredQuestions(partial).map((q) => q.flag)).toEqual([
      '--review-minutes N',
      '--domain <domain>',
      '--areas N',
    ]);
    expect(completeAnswers(partial)).toBeUndefined();
    expect(
      completeAnswers({ ...partial, reviewMinutesPerWeek: 20, domain: 'freelancer', areasToImprove: 1 }),
    ).toMatchObject({
      freelancer: true,
      areasToImprove: 1,
    });
  });
});
