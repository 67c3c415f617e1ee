import { describe, expect, it } from 'vitest';
import { emptyAdviceForm, readAdviceForm } from './advice-answers.js';

describe('the advice questionnaire at setup', () => {
  it('reads a freelancer in growth mode with half an hour a week', () => {
    const reading = readAdviceForm({
      ...emptyAdviceForm(true),
      stage: 'growing',
      problem: 'direction',
      reviewMinutes: '30',
    });
    expect(reading).toEqual({
      ok: true,
      answers: {
        stage: 'growing',
        problem: 'direction',
        reviewMinutesPerWeek: 30,
        teamSize: 1,
        freelancer: true,
        domain: 'freelancer',
        areasToImprove: 1,
      },
    });
  });

  it('asks for every unanswered question and explains a wrong answer in the CLI’s words', () => {
    const reading = readAdviceForm({ ...emptyAdviceForm(false), stage: 'stable', reviewMinutes: 'often' });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors.problem).toBe('Answer this one to get a plan.');
    expect(reading.errors.team).toBe('Answer this one to get a plan.');
    expect(reading.errors.reviewMinutes).toMatch(/minutes a week, e.g. 30/);
    expect(reading.errors.stage).toBeUndefined();
  });

  it('keeps the objective in the user’s words to pick templates', () => {
    const reading = readAdviceForm({
      ...emptyAdviceForm(false),
      stage: 'both',
      problem: 'both',
      team: '8',
      domain: 'support',
      objective: 'Answer customers faster',
    });
    expect(reading.ok && reading.answers).toMatchObject({
      teamSize: 8,
      objective: 'Answer customers faster',
    });
  });
});
