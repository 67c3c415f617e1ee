import type { Finding } from '../report.types.js';
import { type CoachContext, type CoachRule, finding, isOpen } from './coach-rule.js';

/**
 * domain.md: an objective, KR or KPI needs exactly one owner. A missing owner is a
 * warning; a KR without one falls to its objective's owner, so that is only a nudge. An
 * owner who is not a person of the workspace is an error: usually a typo, and nobody
 * will be reminded.
 */
export const noOwnerRule: CoachRule = {
  id: 'no-owner',
  check(ctx: CoachContext): Finding[] {
    const out: Finding[] = [];
    const unknown = (owner: string, what: string, ref: string) =>
      out.push(
        finding(
          'no-owner',
          'error',
          ref,
          `The owner "${owner}" of ${what} is not a person in this workspace: add them to people or fix the id.`,
        ),
      );
    for (const { kpi } of ctx.kpis) {
      const what = `KPI "${kpi.name}"`;
      if (kpi.owner === undefined) {
        out.push(
          finding('no-owner', 'warning', kpi.id, `${what} has no owner: name the one person who watches it.`),
        );
      } else if (!ctx.people.has(kpi.owner)) unknown(kpi.owner, what, kpi.id);
    }
    for (const evaluation of ctx.objectives) {
      if (!isOpen(evaluation, ctx.asOf)) continue;
      const o = evaluation.objective;
      const what = `objective "${o.title}"`;
      if (o.owner === undefined) {
        out.push(finding('no-owner', 'warning', o.id, `The ${what} has no owner: give it exactly one.`));
      } else if (!ctx.people.has(o.owner)) unknown(o.owner, `the ${what}`, o.id);
      for (const kr of o.keyResults) {
        const krWhat = `key result "${kr.title}"`;
        if (kr.owner === undefined) {
          const severity = o.owner === undefined ? 'warning' : 'info';
          out.push(
            finding(
              'no-owner',
              severity,
              kr.id,
              `The ${krWhat} has no owner: name the person who checks it in.`,
            ),
          );
        } else if (!ctx.people.has(kr.owner)) unknown(kr.owner, `the ${krWhat}`, kr.id);
      }
    }
    return out;
  },
};
