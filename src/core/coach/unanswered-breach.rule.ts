import { formatDate } from '../format.js';
import { draftFromEvaluation } from '../loop/draft-okr.js';
import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding } from './coach-rule.js';

/**
 * domain.md, "Unanswered breach": a miss demands an answer. A breach is an error, an
 * at-risk KPI a warning. The message offers the drafted OKR so the answer is one step.
 */
export const unansweredBreachRule: CoachRule = {
  id: 'unanswered-breach',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    for (const evaluation of ctx.kpis) {
      if (!evaluation.unansweredBreach) continue;
      const { kpi, status, streak } = evaluation;
      const where = status === 'breach' ? 'in breach' : 'at risk';
      const since =
        streak.since === undefined
          ? ''
          : ` since ${formatDate(streak.since, { locale: ctx.workspace.locale })}`;
      const draft = draftFromEvaluation(ctx.workspace, evaluation);
      const offer = draft.ok
        ? `, or start an OKR such as "${draft.keyResult.title}"`
        : ', or start an OKR to fix it';
      out.push(
        finding(
          'unanswered-breach',
          status === 'breach' ? 'error' : 'warning',
          kpi.id,
          `KPI "${kpi.name}" has been ${where}${since} with no answer: record a decision${offer}.`,
        ),
      );
    }
    return out;
  },
};
