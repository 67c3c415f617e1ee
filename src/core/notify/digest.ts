import type { EngineReport } from '../evaluate.js';
import type { Instant, Workspace } from '../model.js';
import { dueCheckIns } from '../okr/check-in-due.js';

/** What the weekly digest lists, in the order it lists them. */
export const DIGEST_KINDS = [
  'unanswered_breach',
  'out_of_range',
  'check_in_due',
  'at_risk_kr',
  'ratchet_to_accept',
  'slipped',
  'held',
] as const;

export type DigestKind = (typeof DIGEST_KINDS)[number];

export interface DigestItem {
  readonly kind: DigestKind;
  /** The KPI or key result it is about. */
  readonly ref: string;
  readonly title: string;
  readonly message: string;
}

export interface Digest {
  readonly person: string;
  readonly name: string;
  readonly asOf: Instant;
  readonly items: readonly DigestItem[];
}

/** A closed cycle's ratchet proposal nobody has accepted or declined yet. */
export interface OpenProposal {
  readonly kpi: string;
  readonly keyResult: string;
  readonly cycle: string;
  readonly message: string;
}

export interface DigestFacts {
  readonly ws: Workspace;
  readonly report: EngineReport;
  readonly asOf: Instant;
  readonly proposals: readonly OpenProposal[];
}

/** How far back a ratchet that held counts as this week's win. */
const WIN_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * What needs this person's attention as of an instant (issue 10, "The Monday digest"):
 * the KPIs they own that are out of range (unanswered breaches first), their key results
 * whose check-in is due or that are at risk or off track, ratchets waiting for them to
 * accept (on their KPIs; every one for an admin), ratchets on their KPIs that slipped,
 * and, as wins, those that held. Pure: the same facts give the same digest.
 */
export function digestFor(facts: DigestFacts, person: string, options: { admin?: boolean } = {}): Digest {
  const { ws, report, asOf } = facts;
  const who = ws.people.find((p) => p.id === person);
  const owned = new Set(ws.kpis.filter((k) => k.owner === person).map((k) => k.id));
  const number = new Intl.NumberFormat(ws.locale ?? 'en-US', { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(ws.locale ?? 'en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  const items: DigestItem[] = [];

  for (const k of report.kpis) {
    if (!owned.has(k.id)) continue;
    const value = k.value === null ? 'no value' : `${number.format(k.value)}${k.unit ? ` ${k.unit}` : ''}`;
    const where = k.status === 'breach' ? 'in breach' : 'at risk';
    if (k.unansweredBreach) {
      const since = k.breachSince ? ` since ${date.format(Date.parse(k.breachSince))}` : '';
      items.push({
        kind: 'unanswered_breach',
        ref: k.id,
        title: k.name,
        message: `${k.name} has been outside its healthy range${since} with no decision or OKR (latest ${value}): record a decision, or draft an OKR to fix it.`,
      });
    } else if (k.status === 'breach' || k.status === 'at_risk') {
      items.push({
        kind: 'out_of_range',
        ref: k.id,
        title: k.name,
        message: `${k.name} is ${where}: the latest value is ${value}.`,
      });
    }
  }

  const running = new Set(report.objectives.filter((o) => o.status !== 'not_started').map((o) => o.id));
  for (const due of dueCheckIns(ws, running, asOf)) {
    if (due.owner !== person) continue;
    const last = due.lastCheckIn === null ? 'no check-in yet' : `last on ${date.format(due.lastCheckIn)}`;
    items.push({
      kind: 'check_in_due',
      ref: due.keyResult,
      title: due.title,
      message: `${due.title}: a check-in is due (${last}). Add this week's value and your confidence.`,
    });
  }

  const objectiveOwner = new Map(ws.objectives.map((o) => [o.id, o.owner]));
  const krOwner = new Map(
    ws.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr.owner ?? o.owner] as const)),
  );
  for (const o of report.objectives) {
    for (const kr of o.keyResults) {
      if ((krOwner.get(kr.id) ?? objectiveOwner.get(o.id)) !== person) continue;
      if (kr.status !== 'at_risk' && kr.status !== 'off_track') continue;
      items.push({
        kind: 'at_risk_kr',
        ref: kr.id,
        title: kr.title,
        message: `${kr.title} is ${kr.status === 'off_track' ? 'off track' : 'at risk'}: ${Math.round(kr.progress * 100)}% done, ${Math.round(kr.expected * 100)}% expected by now.`,
      });
    }
  }

  for (const p of facts.proposals) {
    if (!options.admin && !owned.has(p.kpi)) continue;
    items.push({
      kind: 'ratchet_to_accept',
      ref: p.kpi,
      title: ws.kpis.find((k) => k.id === p.kpi)?.name ?? p.kpi,
      message: `${p.message} Closing ${p.cycle} proposed it: accept or decline it in the cycle review.`,
    });
  }

  for (const k of report.kpis) {
    if (!owned.has(k.id) || !k.heldWatch) continue;
    const watch = k.heldWatch;
    if (watch.verdict === 'slipped') {
      const at = watch.slippedAt ? ` on ${date.format(Date.parse(watch.slippedAt))}` : '';
      items.push({
        kind: 'slipped',
        ref: k.id,
        title: k.name,
        message: `${k.name} slipped${at}: it left the standard it was ratcheted to on ${date.format(Date.parse(watch.since))}. Decide whether to defend it or record why not.`,
      });
    } else if (watch.verdict === 'held' && asOf - Date.parse(watch.until) < WIN_WINDOW_MS) {
      items.push({
        kind: 'held',
        ref: k.id,
        title: k.name,
        message: `${k.name} held its new standard from ${date.format(Date.parse(watch.since))} to ${date.format(Date.parse(watch.until))}: the ratchet locked in.`,
      });
    }
  }

  const order = (kind: DigestKind) => DIGEST_KINDS.indexOf(kind);
  return {
    person,
    name: who?.name ?? person,
    asOf,
    items: items.sort((a, b) => order(a.kind) - order(b.kind)),
  };
}
