import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.js';
import type { Suggestion } from './suggestion.js';

const ids = (list: readonly Suggestion[]) => list.map((s) => s.templateId);
const position = (list: readonly Suggestion[], id: string) => {
  const at = ids(list).indexOf(id);
  return at === -1 ? Number.POSITIVE_INFINITY : at;
};

describe('suggest for the articles’ objectives', () => {
  it('a support objective ranks first response time, CSAT, escalations and resolution time first', () => {
    const { kpis, keyResults, domains } = suggest('Improve customer support experience');
    expect(domains[0]?.domain).toBe('support');
    expect(ids(keyResults).slice(0, 4).sort()).toEqual([
      'support.csat',
      'support.escalation-rate',
      'support.first-response-time',
      'support.resolution-time',
    ]);
    expect(ids(kpis)).toContain('support.first-response-time');
  });

  it('a support objective ranks first response time above MRR', () => {
    const { keyResults } = suggest('Improve customer support experience', { limit: 50 });
    expect(position(keyResults, 'support.first-response-time')).toBeLessThan(
      position(keyResults, 'saas.mrr'),
    );
  });

  it('a podcast objective suggests listeners, subscribers and guest appearances, and flags followers and downloads as vanity', () => {
    const result = suggest('Become the go-to podcast in the digital marketing space');
    expect(ids(result.keyResults)).toEqual(
      expect.arrayContaining([
        'marketing.podcast-listeners',
        'marketing.newsletter-subscribers',
        'marketing.guest-appearances',
      ]),
    );
    expect(ids(result.vanity).sort()).toEqual(['marketing.podcast-downloads', 'marketing.social-followers']);
    expect(ids([...result.kpis, ...result.keyResults])).not.toContain('marketing.social-followers');
    expect(result.vanity[0]?.why).toMatch(/vanity metric/);
  });

  it('growing freelance income suggests income, utilisation, pipeline and repeat clients', () => {
    const { kpis, keyResults, domains } = suggest('Grow freelance income');
    expect(domains[0]?.domain).toBe('freelancer');
    const all = new Set([...ids(kpis), ...ids(keyResults)]);
    for (const id of [
      'freelancer.monthly-income',
      'freelancer.utilisation',
      'freelancer.pipeline',
      'freelancer.repeat-client-rate',
    ]) {
      expect(all).toContain(id);
    }
    expect(kpis[0]?.templateId).toBe('freelancer.monthly-income');
  });

  it('dominating the SaaS market in Brazil suggests customers, NPS, churn and MRR', () => {
    const { keyResults, domains } = suggest('Dominate the SaaS market in Brazil');
    expect(domains[0]?.domain).toBe('saas');
    expect(ids(keyResults).slice(0, 4).sort()).toEqual([
      'saas.monthly-churn',
      'saas.mrr',
      'saas.nps',
      'saas.paying-customers',
    ]);
    expect(keyResults[0]?.templateId).toBe('saas.paying-customers');
  });

  it('a delivery objective suggests on-time delivery and project delay (the Skarya example)', () => {
    const { keyResults } = suggest('Improve delivery predictability for client projects');
    expect(ids(keyResults).slice(0, 2)).toEqual(['delivery.on-time-delivery', 'delivery.project-delay']);
  });
});

describe('what a suggestion says', () => {
  it('explains which words of the objective matched', () => {
    const [first] = suggest('Reduce churn').keyResults;
    expect(first?.templateId).toBe('saas.monthly-churn');
    expect(first?.why).toMatch(/^Matches “churn” in your objective\./);
    expect(first?.matched).toEqual(['churn']);
  });

  it('explains a metric suggested only because the objective names its domain', () => {
    const mrr = suggest('Dominate the SaaS market in Brazil').keyResults.find(
      (s) => s.templateId === 'saas.mrr',
    );
    expect(mrr?.why).toMatch(/core saas and subscriptions measure/);
    expect(mrr?.matched).toEqual(['saas']);
  });

  it('drafts a key result in the plain-language form, leaving the numbers to the user', () => {
    const frt = suggest('support response time').keyResults.find(
      (s) => s.templateId === 'support.first-response-time',
    );
    expect(frt?.keyResult).toBe('Reduce first response time from ‹now› h to ‹target› h');
    expect(frt?.example).toBe('Reduce first response time from 12 h to 4 h');
    expect(frt?.healthy).toEqual({ max: 4 });
  });

  it('puts the workspace currency into money metrics', () => {
    const mrr = suggest('grow MRR', { currency: 'eur' }).keyResults.find((s) => s.templateId === 'saas.mrr');
    expect(mrr?.unit).toBe('EUR');
    expect(mrr?.keyResult).toBe('Increase monthly recurring revenue (MRR) from EUR ‹now› to EUR ‹target›');
    expect(mrr?.example).toBe('Increase MRR from EUR 40,000 to EUR 60,000');
  });

  it('leaves key-result drafts off the KPI list', () => {
    for (const kpi of suggest('Reduce churn').kpis) expect(kpi.keyResult).toBeUndefined();
  });
});

describe('options', () => {
  it('returns at most `limit` of each kind', () => {
    const result = suggest('customer', { limit: 2 });
    expect(result.kpis.length).toBeLessThanOrEqual(2);
    expect(result.keyResults.length).toBeLessThanOrEqual(2);
  });

  it('--freelancer favours the freelancer templates for a vague objective', () => {
    const { kpis } = suggest('Establish authority in motion graphics', { freelancer: true });
    expect(kpis.every((s) => s.domain === 'freelancer')).toBe(true);
  });
});

describe('when nothing matches', () => {
  it('says so and offers general starting points, clearly labelled', () => {
    const result = suggest('xyzzy plugh');
    expect(result.matched).toBe(false);
    expect(result.note).toMatch(/Nothing in “xyzzy plugh” matched/);
    expect(result.kpis.length).toBeGreaterThan(0);
    for (const s of [...result.kpis, ...result.keyResults]) {
      expect(s.basis).toBe('general');
      expect(s.why).toMatch(/^General starting point/);
    }
  });

  it('offers the freelancer’s own starting points to a freelancer', () => {
    expect(ids(suggest('', { freelancer: true }).kpis)).toContain('freelancer.utilisation');
  });
});

describe('suggest is total and deterministic', () => {
  it('never throws, and gives the same answer twice, for any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.option(fc.integer()),
        (objective, limit) => {
          const options = limit === null ? {} : { limit };
          const first = suggest(objective, options);
          expect(suggest(objective, options)).toEqual(first);
          expect(first.kpis.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic for any mix of library words', () => {
    const words = [
      'support',
      'churn',
      'income',
      'podcast',
      'market',
      'the',
      'customer',
      'saas',
      'freelance',
      'hire',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (parts) => {
        const objective = parts.join(' ');
        const first = suggest(objective);
        expect(suggest(objective)).toEqual(first);
        const scores = first.keyResults.map((s) => s.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });
});
