import { ruleName } from '../coach/rule-names.js';
import type { Instant, Workspace } from '../model.js';
import { dueCheckIns } from '../okr/check-in-due.js';

/** What the dashboard's "Needs attention" (a freelancer's "What I owe") lists, by kind. */
export type AttentionKind =
  | 'unanswered_breach'
  | 'pending_proposal'
  | 'at_risk_kr'
  | 'missing_check_in'
  | 'finding';

export interface AttentionItem {
  readonly kind: AttentionKind;
  /** The KPI, key result, cycle or record it is about. */
  readonly ref: string;
  readonly title: string;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info';
}

/** The records in view (a team's, an owner's, a cycle's) as the engine reported them. */
export interface AttentionFacts {
  readonly ws: Workspace;
  readonly asOf: Instant;
  readonly kpis: readonly {
    readonly id: string;
    readonly name: string;
    readonly unansweredBreach: boolean;
    readonly breachSince: string | null;
  }[];
  readonly objectives: readonly {
    readonly id: string;
    readonly status: string;
    readonly keyResults: readonly {
      readonly id: string;
      readonly title: string;
      readonly status: string;
      readonly progress: number;
      readonly expected: number;
    }[];
  }[];
  /** Closed cycles' ratchet proposals no one has answered yet, on the KPIs in view (see attention-view). */
  readonly proposals: readonly { readonly kpi: string; readonly cycle: string; readonly message: string }[];
  readonly findings: readonly {
    readonly rule: string;
    readonly ref: string;
    readonly message: string;
    readonly severity: string;
  }[];
}

/**
 * The one rule for what needs someone's attention (issue 15: one home in core): breaches
 * nobody answered, ratchets to accept or decline, key results at risk or off track, check-ins
 * due on running objectives, and the coach's errors — in that order. Pure.
 */
export function needsAttention(facts: AttentionFacts): AttentionItem[] {
  const { ws, asOf, kpis, objectives } = facts;
  const kpiName = new Map(ws.kpis.map((k) => [k.id, k.name]));
  const running = new Set(objectives.filter((o) => o.status !== 'not_started').map((o) => o.id));
  const inView = new Set(objectives.flatMap((o) => o.keyResults.map((kr) => kr.id)));
  const date = new Intl.DateTimeFormat(ws.locale ?? 'en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  return [
    ...kpis
      .filter((k) => k.unansweredBreach)
      .map(
        (k): AttentionItem => ({
          kind: 'unanswered_breach',
          ref: k.id,
          title: k.name,
          message: `${k.name} has been outside its healthy range${k.breachSince ? ` since ${date.format(Date.parse(k.breachSince))}` : ''} with no decision or OKR: record a decision, or draft an OKR to fix it.`,
          severity: 'error',
        }),
      ),
    ...facts.proposals.map(
      (p): AttentionItem => ({
        kind: 'pending_proposal',
        ref: p.cycle,
        title: kpiName.get(p.kpi) ?? p.kpi,
        message: `${p.message} Closing ${p.cycle} proposed it: accept or decline it in the cycle review.`,
        severity: 'warning',
      }),
    ),
    ...objectives.flatMap((o) =>
      o.keyResults
        .filter((kr) => kr.status === 'at_risk' || kr.status === 'off_track')
        .map(
          (kr): AttentionItem => ({
            kind: 'at_risk_kr',
            ref: kr.id,
            title: kr.title,
            message: `${kr.title} is ${kr.status === 'off_track' ? 'off track' : 'at risk'}: ${Math.round(kr.progress * 100)}% done, ${Math.round(kr.expected * 100)}% expected by now.`,
            severity: kr.status === 'off_track' ? 'error' : 'warning',
          }),
        ),
    ),
    ...dueCheckIns(ws, running, asOf)
      .filter((due) => inView.has(due.keyResult))
      .map(
        (due): AttentionItem => ({
          kind: 'missing_check_in',
          ref: due.keyResult,
          title: due.title,
          message: `${due.title} has had no check-in for over a week (${due.lastCheckIn === null ? 'none yet' : `last on ${date.format(due.lastCheckIn)}`}): add this week's value and your confidence.`,
          severity: 'info',
        }),
      ),
    ...facts.findings
      .filter((f) => f.severity === 'error')
      .map(
        (f): AttentionItem => ({
          kind: 'finding',
          ref: f.ref,
          title: ruleName(f.rule),
          message: f.message,
          severity: 'error',
        }),
      ),
  ];
}
