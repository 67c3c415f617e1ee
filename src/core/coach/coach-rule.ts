import type { KpiLoopEvaluation, WorkspaceEvaluation } from '../evaluation.js';
import type { Instant, Person, Workspace } from '../model.js';
import type { ObjectiveEvaluation } from '../okr/evaluate-objectives.js';
import type { Finding, Severity } from '../report.types.js';
import type { StatementReading } from '../statement/index.js';

/**
 * What a coach rule sees: the workspace, the instant, and the engine's evaluation of it,
 * computed once for all rules so no rule re-sorts or re-evaluates anything.
 */
export interface CoachContext {
  readonly workspace: Workspace;
  readonly asOf: Instant;
  readonly evaluation: WorkspaceEvaluation;
  /** Same as `evaluation.kpis`, file order. */
  readonly kpis: readonly KpiLoopEvaluation[];
  /** Same as `evaluation.objectives`, file order. */
  readonly objectives: readonly ObjectiveEvaluation[];
  readonly people: ReadonlyMap<string, Person>;
  /** The plain-language reading of a title, parsed once per run for every text rule. */
  readonly reading: (text: string) => StatementReading;
}

/** One quality-coach rule (domain.md, "Quality coach"). `id` is stable: users filter on it. */
export interface CoachRule {
  readonly id: string;
  check(ctx: CoachContext): Finding[];
}

export function finding(rule: string, severity: Severity, ref: string, message: string): Finding {
  return { rule, severity, ref, message };
}

/**
 * Whether an objective is still being planned or worked on: its cycle has not ended by
 * the instant. Structural advice about a closed cycle (too many KRs last quarter) can no
 * longer be acted on, so most OKR rules look only at open objectives. An objective whose
 * cycle is unknown counts as open: the problem is still there to fix.
 */
export function isOpen(o: ObjectiveEvaluation, asOf: Instant): boolean {
  return o.span === undefined || asOf <= o.span.end;
}

/**
 * The unit that limits like "per team" apply to. A freelancer is one unit (domain.md
 * gives freelancers their own limits); in an organisation it is the record's team, and
 * records without a team are counted together under the workspace's name.
 */
export function groupOf(ws: Workspace, team: string | undefined): string {
  return ws.freelancer || team === undefined ? ws.name : team;
}

/** A readable name for a group key: the team's name, or "the workspace". */
export function groupLabel(ws: Workspace, group: string): string {
  if (group === ws.name && !ws.teams.some((t) => t.id === group)) return 'the workspace';
  const team = ws.teams.find((t) => t.id === group);
  return team ? `team ${team.name}` : `team ${group}`;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
