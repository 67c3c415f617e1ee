import type { Cycle } from '../../api/types.js';
import type { CycleReview } from '../../api/workflow-types.js';

/** The team's own words at the end of a cycle (issue 6: achieved / learned / do next). */
export interface ReviewNotes {
  readonly achieved: string;
  readonly learned: string;
  readonly next: string;
}

export const NO_NOTES: ReviewNotes = { achieved: '', learned: '', next: '' };

const STATE_WORD = { pending: 'waiting for an answer', accepted: 'accepted', rejected: 'declined' } as const;
const COLOUR_WORD = { green: 'delivered', yellow: 'progress', red: 'missed' } as const;

/**
 * A cycle review as a Markdown document: grades, ratchets and the notes, ready to paste
 * into a wiki or send round. `grade` is a locale-formatted one-decimal grade.
 */
export function reviewMarkdown(
  cycle: Pick<Cycle, 'id' | 'start' | 'end'>,
  review: CycleReview | null,
  notes: ReviewNotes,
  grade: (value: number) => string,
): string {
  const lines = [`# Cycle review: ${cycle.id} (${cycle.start} – ${cycle.end})`, ''];
  if (review) {
    lines.push('## Grades', '');
    if (review.grades.length === 0) lines.push('No objectives in this cycle.');
    for (const g of review.grades) {
      lines.push(
        `- ${grade(g.grade)} ${g.title} (${COLOUR_WORD[g.gradeColour]})${g.gradeNote ? `: ${g.gradeNote}` : ''}`,
      );
    }
    lines.push('', '## Ratchets', '');
    if (review.proposals.length === 0) lines.push('No ratchet proposed.');
    for (const p of review.proposals) lines.push(`- ${p.message} (${STATE_WORD[p.state]})`);
    lines.push('');
  }
  for (const [title, text] of [
    ['What we achieved', notes.achieved],
    ['What we learned', notes.learned],
    ['What we do next', notes.next],
  ] as const) {
    lines.push(`## ${title}`, '', text.trim() || '_Nothing written._', '');
  }
  return lines.join('\n');
}
