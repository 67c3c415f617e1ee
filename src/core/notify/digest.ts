import { attentionFacts } from '../attention/attention-view.js';
import { type AttentionKind, needsAttention } from '../attention/needs-attention.js';
import type { EngineReport } from '../evaluate.js';
import type { Instant, Workspace } from '../model.js';
import { cycleContains } from '../time.js';

/** What the weekly digest lists, in the order it lists them. */
export const DIGEST_KINDS = [
  'unanswered_breach',
  'out_of_range',
  'missing_check_in',
  'at_risk_kr',
  'pending_proposal',
  'slipped',
  'held',
] as const satisfies readonly (AttentionKind | 'out_of_range' | 'slipped' | 'held')[];

export type DigestKind = (typeof DIGEST_KINDS)[number];

export interface DigestItem {
  readonly kind: DigestKind;
  /** The KPI, key result or cycle it is about. */
  readonly ref: string;
  readonly title: string;
  readonly message: string;
}

/** Who a digest is for: a person (an admin hears of every pending ratchet), or a team. */
export type DigestAudience =
  | { readonly person: string; readonly admin?: boolean }
  | { readonly team: string };

export interface Digest {
  readonly audience: 'person' | 'team';
  /** The person's or team's id, and name. */
  readonly id: string;
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
 * What needs this person's (or team's) attention as of an instant (issue 10, "The Monday
 * digest"). Its core is the dashboard's Needs attention for the same view (one home,
 * `core/attention`): unanswered breaches on their KPIs, their key results at risk or with
 * a check-in due in the running cycles, and ratchets waiting to be accepted (on their
 * KPIs; every one for an admin). The coach's findings stay on the dashboard. The digest
 * adds what a week's summary needs: their other KPIs out of range, ratchets that slipped,
 * and, as wins, those that held this week. Pure: the same facts give the same digest.
 */
export function digestFor(facts: DigestFacts, audience: DigestAudience): Digest {
  const { ws, report, asOf } = facts;
  const cycles = ws.cycles.filter((c) => cycleContains(c, asOf)).map((c) => c.id);
  const view =
    'team' in audience
      ? { team: audience.team, cycles }
      : { owner: audience.person, cycles, everyProposal: audience.admin === true };
  const inView = attentionFacts(ws, report, facts.proposals, view);
  const number = new Intl.NumberFormat(ws.locale ?? 'en-US', { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(ws.locale ?? 'en-US', { dateStyle: 'medium', timeZone: 'UTC' });
  const items: DigestItem[] = needsAttention(inView).flatMap((item) =>
    item.kind === 'finding'
      ? []
      : [{ kind: item.kind, ref: item.ref, title: item.title, message: item.message }],
  );

  for (const k of inView.kpis) {
    if (k.unansweredBreach || (k.status !== 'breach' && k.status !== 'at_risk')) continue;
    const value = k.value === null ? 'no value' : `${number.format(k.value)}${k.unit ? ` ${k.unit}` : ''}`;
    items.push({
      kind: 'out_of_range',
      ref: k.id,
      title: k.name,
      message: `${k.name} is ${k.status === 'breach' ? 'in breach' : 'at risk'}: the latest value is ${value}.`,
    });
  }

  for (const k of inView.kpis) {
    const watch = k.heldWatch;
    if (!watch) continue;
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
  const id = 'team' in audience ? audience.team : audience.person;
  const name =
    'team' in audience
      ? (ws.teams.find((t) => t.id === id)?.name ?? id)
      : (ws.people.find((p) => p.id === id)?.name ?? id);
  return {
    audience: 'team' in audience ? 'team' : 'person',
    id,
    name,
    asOf,
    items: items.sort((a, b) => order(a.kind) - order(b.kind)),
  };
}
