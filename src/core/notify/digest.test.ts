import { describe, expect, it } from 'vitest';
import { evaluateWorkspace } from '../evaluate.js';
import type { Workspace } from '../model.js';
import { type DigestAudience, digestFor } from './digest.js';
import { digestDocument, digestMarkdown, digestSubject } from './digest-text.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const monday = day('2026-11-30') + 8 * 3_600_000;

const acme: Workspace = {
  name: 'Acme Support',
  freelancer: false,
  locale: 'en-GB',
  people: [
    { id: 'priya', name: 'Priya Patel' },
    { id: 'ben', name: 'Ben Okafor' },
  ],
  teams: [{ id: 'support', name: 'Support' }],
  cycles: [{ id: 'q4', start: '2026-10-01', end: '2026-12-31' }],
  kpis: [
    {
      id: 'refund-rate',
      name: 'Refund rate',
      unit: '%',
      owner: 'priya',
      team: 'support',
      cadence: 'weekly',
      healthy: { max: 5 },
      points: [
        { at: day('2026-11-09'), value: 4 },
        { at: day('2026-11-16'), value: 7 },
        { at: day('2026-11-23'), value: 8 },
      ],
    },
    {
      id: 'csat',
      name: 'Customer satisfaction',
      owner: 'ben',
      cadence: 'weekly',
      healthy: { min: 90 },
      warning: { min: 85 },
      points: [{ at: day('2026-11-29'), value: 88 }],
    },
  ],
  decisions: [],
  objectives: [
    {
      id: 'faster',
      title: 'Answer customers faster',
      owner: 'ben',
      cycle: 'q4',
      type: 'aspirational',
      keyResults: [
        {
          id: 'frt-down',
          title: 'Cut first response time from 8 h to 2 h',
          baseline: 8,
          target: 2,
          weight: 1,
          checkIns: [{ at: day('2026-11-16'), value: 7.5 }],
        },
        {
          id: 'macros',
          title: 'Macros for the 20 most common questions',
          owner: 'priya',
          baseline: 0,
          target: 20,
          weight: 1,
          checkIns: [{ at: day('2026-11-27'), value: 18 }],
        },
      ],
    },
  ],
  initiatives: [],
};

function digestOf(person: string, options: { admin?: boolean } = {}, ws: Workspace = acme) {
  return digestOfAudience({ person, ...options }, ws);
}

function digestOfAudience(audience: DigestAudience, ws: Workspace = acme) {
  const facts = {
    ws,
    report: evaluateWorkspace(ws, monday),
    asOf: monday,
    proposals: [
      { kpi: 'csat', keyResult: 'csat-up', cycle: 'q3', message: 'Raise the floor of csat to 92.' },
    ],
  };
  return digestFor(facts, audience);
}

describe('the Monday digest', () => {
  it("lists an unanswered breach on the owner's KPI, not on anyone else's", () => {
    const priya = digestOf('priya');
    expect(priya.items.filter((i) => i.kind === 'unanswered_breach').map((i) => i.ref)).toEqual([
      'refund-rate',
    ]);
    expect(priya.items[0]?.message).toContain('since 16 Nov 2026');
    expect(digestOf('ben').items.some((i) => i.ref === 'refund-rate')).toBe(false);
  });

  it('lists a KPI at risk that is not yet an unanswered breach as out of range', () => {
    expect(digestOf('ben').items.find((i) => i.kind === 'out_of_range')).toMatchObject({
      ref: 'csat',
      message: 'Customer satisfaction is at risk: the latest value is 88.',
    });
  });

  it("a key result's check-in is due for its owner, or its objective's owner, after a week", () => {
    const due = (person: string) =>
      digestOf(person)
        .items.filter((i) => i.kind === 'missing_check_in')
        .map((i) => i.ref);
    expect(due('ben')).toEqual(['frt-down']);
    // Priya checked in on "macros" three days ago.
    expect(due('priya')).toEqual([]);
  });

  it('ratchets to accept go to the KPI owner, and to every admin', () => {
    const kinds = (person: string, admin = false) =>
      digestOf(person, { admin })
        .items.filter((i) => i.kind === 'pending_proposal')
        .map((i) => i.title);
    expect(kinds('ben')).toEqual(['Customer satisfaction']);
    expect(kinds('priya')).toEqual([]);
    expect(kinds('priya', true)).toEqual(['Customer satisfaction']);
  });

  it('a person with nothing waiting gets an empty digest that says so', () => {
    const calm: Workspace = { ...acme, kpis: [], objectives: [] };
    const digest = digestOf('priya', {}, calm);
    expect(digest.items).toEqual([]);
    expect(digestSubject(digest, 'Acme Support')).toBe('Your week in Acme Support: nothing needs you');
    expect(digestMarkdown(digestDocument(digest, 'Acme Support', 'en-GB'))).toContain(
      'Every KPI you own is healthy',
    );
  });

  it('reads as Markdown, most urgent section first', () => {
    const text = digestMarkdown(digestDocument(digestOf('ben', { admin: true }), 'Acme Support', 'en-GB'));
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Your week in Acme Support: 4 things need your attention',
      '## KPIs out of range',
      '## Check-ins due',
      '## Key results at risk',
      '## Ratchets to accept',
    ]);
  });

  it("a key result another person owns in someone's objective is its owner's business, not the objective owner's", () => {
    const refs = (person: string) => digestOf(person).items.map((i) => `${i.kind}:${i.ref}`);
    expect(refs('priya')).not.toContain('at_risk_kr:frt-down');
    expect(refs('ben').filter((r) => r.endsWith(':macros'))).toEqual([]);
  });

  it("a team's digest lists its KPIs and objectives, whoever owns them", () => {
    const team = digestOfAudience({ team: 'support' });
    expect(team.name).toBe('Support');
    expect(team.items.map((i) => `${i.kind}:${i.ref}`)).toEqual(['unanswered_breach:refund-rate']);
    expect(digestSubject(team, 'Acme Support')).toBe(
      "Support's week in Acme Support: 1 thing needs the team's attention",
    );
    expect(digestDocument(team, 'Acme Support', 'en-GB').intro).toBe(
      'For the team Support, as of Monday, 30 November 2026.',
    );
  });

  it("leaves out key results of cycles that are not running: last quarter's misses are not this week's", () => {
    const later: Workspace = {
      ...acme,
      cycles: [{ id: 'q3', start: '2026-07-01', end: '2026-09-30' }],
      objectives: acme.objectives.map((o) => ({ ...o, cycle: 'q3' })),
    };
    expect(
      digestOf('ben', {}, later).items.filter(
        (i) => i.kind !== 'out_of_range' && i.kind !== 'pending_proposal',
      ),
    ).toEqual([]);
  });
});
