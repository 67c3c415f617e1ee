import { formatDate } from '../format.js';
import type { DigestFacts } from './digest.js';

/** One line of a reminder: what it is about (a KPI, or a proposal's cycle) and what to do. */
export interface ReminderItem {
  /** The KPI's id. */
  readonly kpi: string;
  /** The cycle whose close made the proposal; absent for a stale KPI. */
  readonly cycle?: string;
  readonly title: string;
  readonly message: string;
}

/**
 * The stale-KPI reminder: the KPIs a person owns whose latest point is older than their
 * cadence allows. "Stale" is the evaluation's flag (domain.md, 1.5 cadence periods), the
 * same the dashboard and the coach read, so this adds no rule of its own.
 */
export function staleKpiReminder(facts: DigestFacts, person: string): ReminderItem[] {
  const { ws, report } = facts;
  const owned = new Map(ws.kpis.filter((k) => k.owner === person).map((k) => [k.id, k]));
  return report.kpis.flatMap((r) => {
    const kpi = owned.get(r.id);
    if (!kpi || !r.stale || r.at === null) return [];
    const latest = formatDate(Date.parse(r.at), { locale: ws.locale });
    return [
      {
        kpi: kpi.id,
        title: kpi.name,
        message: `${kpi.name} is measured ${kpi.cadence}, but its latest value is from ${latest}: add a current value.`,
      },
    ];
  });
}

/**
 * The pending-ratchet reminder for an admin: every proposal a closed cycle made that
 * nobody has accepted or declined yet (the digest's "pending proposals", in full).
 */
export function pendingProposalReminder(facts: DigestFacts): ReminderItem[] {
  const names = new Map(facts.ws.kpis.map((k) => [k.id, k.name]));
  return facts.proposals.map((p) => ({
    kpi: p.kpi,
    cycle: p.cycle,
    title: names.get(p.kpi) ?? p.kpi,
    message: `${p.message} Closing ${p.cycle} proposed it: accept or decline it in the cycle review.`,
  }));
}
