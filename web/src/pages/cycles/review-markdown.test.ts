import { describe, expect, it } from 'vitest';
import type { CycleReview } from '../../api/workflow-types.js';
import { NO_NOTES, reviewMarkdown } from './review-markdown.js';

const cycle = { id: '2026-q2', start: '2026-04-01', end: '2026-06-30' };
const review: CycleReview = {
  cycle: '2026-q2',
  closedAt: '2026-06-30T18:00:00.000Z',
  grades: [
    {
      objective: 'fast-support',
      title: 'Make support fast again',
      progress: 1,
      grade: 1,
      gradeColour: 'green',
      gradeNote: 'Every key result reached 1.0: probably too easy.',
    },
  ],
  proposals: [
    {
      kpi: 'first-response-time',
      keyResult: 'frt-3h',
      objective: 'fast-support',
      cycle: '2026-q2',
      from: { max: 4 },
      to: { max: 3 },
      message: 'Move the healthy maximum of first response time from 4 h to 3 h.',
      state: 'accepted',
      held: null,
    },
  ],
  notes: { achieved: 'First response under 3 h.', learned: null, next: null },
};
const oneDecimal = (n: number) => n.toFixed(1);

describe('a cycle review written down', () => {
  it('lists each grade with its colour word and the coach’s note', () => {
    const text = reviewMarkdown(cycle, review, NO_NOTES, oneDecimal);
    expect(text).toContain('# Cycle review: 2026-q2 (2026-04-01 – 2026-06-30)');
    expect(text).toContain(
      '- 1.0 Make support fast again (delivered): Every key result reached 1.0: probably too easy.',
    );
  });

  it('says which ratchets the team accepted', () => {
    expect(reviewMarkdown(cycle, review, NO_NOTES, oneDecimal)).toContain(
      '- Move the healthy maximum of first response time from 4 h to 3 h. (accepted)',
    );
  });

  it('keeps the team’s notes, and marks the empty ones', () => {
    const text = reviewMarkdown(
      cycle,
      null,
      { achieved: 'Answers in under 3 hours.', learned: '', next: 'Hold the new floor.' },
      oneDecimal,
    );
    expect(text).toContain('## What we achieved\n\nAnswers in under 3 hours.');
    expect(text).toContain('## What we learned\n\n_Nothing written._');
    expect(text).not.toContain('## Grades');
  });
});
