import type { LabelHint } from './label.js';
import { isVanityMetric } from './lexicon.js';
import type { StatementFinding, StatementKind } from './statement.types.js';

interface FindingFacts {
  readonly kind: StatementKind;
  readonly metric: string | null;
  readonly direction: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly current: number | null;
  readonly change: { readonly amount: number } | null;
}

/** What a statement is meant to be: the title of an objective, or of a key result. */
export type StatementRole = 'objective' | 'key_result';

/** A parsed statement's role: an "Objective:" label says objective; anything else is read as a key result. */
export function roleOfHint(hint: LabelHint | null): StatementRole {
  return hint === 'objective' ? 'objective' : 'key_result';
}

/** Whether a reading carries a number: a level, a bound, a change or a starting value. */
export function hasNumber(r: FindingFacts): boolean {
  return [r.baseline, r.target, r.low, r.high, r.current].some((v) => v !== null) || r.change !== null;
}

/**
 * The quality coach's text rules on one statement (domain.md, "Quality coach"), with the
 * same rule ids, severities and conditions the workspace coach applies to the same title:
 * this is their one home. `as` says whether the text is an objective's or a key result's.
 */
export function statementFindings(r: FindingFacts, as: StatementRole): StatementFinding[] {
  const out: StatementFinding[] = [];
  const metric = r.metric ?? 'the metric';
  if (as === 'objective') {
    // An objective without a number is qualitative, whatever its verb ("Keep the clients we have").
    if ((r.kind === 'key_result' || r.kind === 'kpi') && hasNumber(r)) out.push(OBJECTIVE_IS_METRIC);
    return out;
  }
  const countsNewThings = r.metric !== null && /\bnew\b/i.test(r.metric);
  if (
    r.kind === 'key_result' &&
    r.baseline === null &&
    (r.target !== null || r.change !== null || r.low !== null) &&
    !countsNewThings
  ) {
    out.push({
      rule: 'kr-no-baseline',
      severity: 'warning',
      message: `Add a baseline: where does ${metric} stand today? Without one the target is a guess; write it as "from <today> to <target>".`,
    });
  }
  if (r.kind === 'task') {
    out.push({
      rule: 'kr-is-task',
      severity: 'warning',
      message:
        'This is an activity, not an outcome: track it as an initiative, and write the key result as the change it should produce (e.g. "Increase X from A to B").',
    });
  }
  // Only a stated level is a KPI's: a bare metric name ("Churn rate") is a vague key result.
  if (r.kind === 'kpi' && r.direction !== null) {
    out.push({
      rule: 'kr-is-kpi',
      severity: 'warning',
      message: `This maintains a level: track ${metric} as a KPI with a healthy range. If it must improve, write a key result such as "Reduce/Increase ${metric} from <today> to <target>".`,
    });
  }
  if (r.kind === 'milestone') {
    out.push({
      rule: 'kr-binary',
      severity: 'info',
      message:
        'This is done or not done: did it improve anything? Consider measuring the outcome it should change, from a baseline to a target.',
    });
  }
  if ((r.kind === 'key_result' || r.kind === 'kpi') && isVanityMetric(r.metric)) {
    out.push({
      rule: 'vanity-metric',
      severity: 'info',
      message: `${capitalise(metric)} is a vanity metric unless it drives a decision: tie it to an outcome (leads, conversion, revenue) or say what you will do when it moves.`,
    });
  }
  return out;
}

const OBJECTIVE_IS_METRIC: StatementFinding = {
  rule: 'objective-is-metric',
  severity: 'warning',
  message:
    'An objective should be qualitative: say what you want to achieve in words and move the number into a key result.',
};

/** The finding a rule gives on a statement read in a role, if any. */
export function textFinding(r: FindingFacts, as: StatementRole, rule: string): StatementFinding | undefined {
  return statementFindings(r, as).find((f) => f.rule === rule);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
