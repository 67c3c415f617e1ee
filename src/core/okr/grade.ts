import type { ObjectiveType } from '../model.js';
import type { GradeColour } from '../report.types.js';

/** domain.md: at close an objective's grade is its progress shown to one decimal. */
export function gradeOf(progress: number): number {
  return Math.round(progress * 10) / 10;
}

/**
 * domain.md: 0.7–1.0 green, 0.4–0.6 yellow, 0.0–0.3 red. The bands are read on the
 * rounded grade, so they leave no gaps: 0.65 grades 0.7 and is green.
 */
export function gradeColour(grade: number): GradeColour {
  if (grade >= 0.7) return 'green';
  if (grade >= 0.4) return 'yellow';
  return 'red';
}

export interface GradeContext {
  readonly type: ObjectiveType;
  readonly progress: number;
  /** Progress of each KR; empty for an objective graded from its children. */
  readonly keyResultProgress: readonly number[];
  /** Whether the cycle has ended by the instant. */
  readonly closed: boolean;
}

/**
 * A sentence to go with the grade, or `undefined`.
 *
 * - Aspirational objectives count 0.7 as success (the articles: "60–70% is a success.
 *   If you hit 100%, it was too easy"); when every KR reaches 1.0 we say so, even before
 *   the close, so the next cycle can aim higher.
 * - Committed objectives expect 1.0; a grade below that at close is a miss to review.
 */
export function gradeNote(ctx: GradeContext): string | undefined {
  const allDone = ctx.keyResultProgress.length > 0 && ctx.keyResultProgress.every((p) => p >= 1);
  if (ctx.type === 'aspirational' && allDone) {
    return 'Every key result reached 1.0: this aspirational objective was probably too easy. Aim higher next cycle.';
  }
  // Judged on progress, not the rounded grade: 0.96 shows as 1.0 but is still a miss.
  if (ctx.type === 'committed' && ctx.closed && ctx.progress < 1 - 1e-9) {
    return `Committed objective missed (progress ${Math.floor(ctx.progress * 100)}% of 100%): review what blocked it before planning the next cycle.`;
  }
  return undefined;
}
