import { evaluateRecords, type WorkspaceEvaluation } from '../evaluation.js';
import type { Instant, Workspace } from '../model.js';
import type { Finding, Severity } from '../report.types.js';
import { cachedReading } from '../statement/index.js';
import { toIsoDate } from '../time.js';
import type { CoachContext, CoachRule } from './coach-rule.js';
import { COACH_RULES } from './rules.js';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Runs the quality coach over a workspace as of an instant: every rule's findings,
 * errors first, then by the record they point at, then by rule (a stable order, so a
 * diff of two reports shows only what changed). Pass the `evaluation` the report already
 * computed to avoid evaluating twice.
 */
export function runCoach(
  ws: Workspace,
  asOf: Instant,
  evaluation?: WorkspaceEvaluation,
  rules: readonly CoachRule[] = COACH_RULES,
): Finding[] {
  const ev = evaluation ?? evaluateRecords(ws, asOf);
  const today = toIsoDate(asOf);
  const ctx: CoachContext = {
    workspace: ws,
    asOf,
    evaluation: ev,
    kpis: ev.kpis,
    objectives: ev.objectives,
    // Someone who left owns nothing: naming them as an owner is naming no current person.
    people: new Map(ws.people.filter((p) => p.left === undefined).map((p) => [p.id, p])),
    reading: (text) => cachedReading(text, today),
  };
  return rules.flatMap((rule) => rule.check(ctx)).sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.ref, b.ref) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

// Code-point order, not locale order: the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
