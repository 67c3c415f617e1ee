import type { LabelHint } from './label.js';
import { isVanityMetric } from './lexicon.js';
import type { StatementFinding, StatementKind } from './statement.types.js';

interface FindingFacts {
  readonly kind: StatementKind;
  readonly metric: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly low: number | null;
  readonly change: { readonly amount: number } | null;
  readonly hint: LabelHint | null;
}

/**
 * The quality coach's advice on one statement (domain.md, "Quality coach"), with the same
 * rule ids as the workspace rules so users can filter on them.
 */
export function statementFindings(r: FindingFacts): StatementFinding[] {
  const out: StatementFinding[] = [];
  const metric = r.metric ?? 'the metric';
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
  if (r.kind === 'kpi') {
    out.push({
      rule: 'kr-is-kpi',
      severity: 'info',
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
  if (r.hint === 'objective' && (r.kind === 'key_result' || r.kind === 'kpi')) {
    out.push({
      rule: 'objective-is-metric',
      severity: 'warning',
      message:
        'An objective should be qualitative: say what you want to achieve in words and move the number into a key result.',
    });
  }
  if ((r.kind === 'key_result' || r.kind === 'kpi') && isVanityMetric(r.metric)) {
    out.push({
      rule: 'vanity-metric',
      severity: 'warning',
      message: `${capitalise(metric)} is a vanity metric unless it drives a decision: tie it to an outcome (leads, conversion, revenue) or say what you will do when it moves.`,
    });
  }
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
