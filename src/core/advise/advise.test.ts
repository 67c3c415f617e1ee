import { describe, expect, it } from 'vitest';
import type { AdviceAnswers } from './advice-questions.js';
import { advise } from './advise.js';

const freelancer: AdviceAnswers = {
  stage: 'growing',
  problem: 'direction',
  reviewMinutesPerWeek: 30,
  teamSize: 1,
  freelancer: true,
  domain: 'freelancer',
  areasToImprove: 1,
};
const team: AdviceAnswers = {
  ...freelancer,
  teamSize: 8,
  freelancer: false,
  domain: 'support',
  areasToImprove: 2,
};

describe('advise: lead with KPIs or OKRs', () => {
  it('a growing freelancer who lacks direction leads with OKRs, one objective and 3 KPIs', () => {
    const advice = advise(freelancer);
    expect(advice.lead).toBe('okrs');
    expect(advice.objectives).toEqual({ recommended: 1, max: 2 });
    expect(advice.kpis).toEqual({ recommended: 3, min: 3, max: 5 });
    expect(advice.keyResultsPerObjective).toEqual({ min: 2, max: 5 });
  });

  it('a stable area whose problem is control leads with KPIs, and at most one OKR for a gap', () => {
    const advice = advise({ ...team, stage: 'stable', problem: 'control', areasToImprove: 3 });
    expect(advice.lead).toBe('kpis');
    expect(advice.kpis.recommended).toBe(7);
    expect(advice.objectives.recommended).toBe(1);
  });

  it('conflicting answers (stable, but no direction) use both', () => {
    expect(advise({ ...team, stage: 'stable', problem: 'direction' }).lead).toBe('both');
  });

  it('nothing to improve this quarter means maintain: KPIs, no objective', () => {
    const advice = advise({ ...team, stage: 'stable', problem: 'both', areasToImprove: 0 });
    expect(advice.lead).toBe('kpis');
    expect(advice.objectives.recommended).toBe(0);
    expect(advice.reasons.map((r) => r.quote.text).join(' ')).toMatch(
      /maintain performance, or improve something/,
    );
  });
});

describe('advise: how many', () => {
  it('a team wanting to improve five areas is held to three objectives, and told why', () => {
    const advice = advise({ ...team, areasToImprove: 5, reviewMinutesPerWeek: 120 });
    expect(advice.objectives.recommended).toBe(3);
    expect(advice.warnings.join(' ')).toMatch(/improve 5 areas; pick the 3/);
  });

  it('a freelancer wanting three areas is held to two', () => {
    const advice = advise({ ...freelancer, areasToImprove: 3, reviewMinutesPerWeek: 60 });
    expect(advice.objectives.recommended).toBe(2);
  });

  it('shrinks the plan to the review time available, KPIs first', () => {
    const advice = advise({
      ...team,
      stage: 'stable',
      problem: 'control',
      reviewMinutesPerWeek: 15,
      areasToImprove: 1,
    });
    expect(advice.kpis.recommended).toBe(3);
    expect(advice.cadence.minutesPerWeek).toBe(3 * 2 + 8);
    expect(advice.warnings).toEqual([]);
  });

  it('warns when even the smallest plan does not fit', () => {
    const advice = advise({ ...freelancer, reviewMinutesPerWeek: 5 });
    expect(advice.warnings.join(' ')).toMatch(/need about 14 minutes a week, more than your 5/);
  });

  it('one person and four KPIs with one objective come to the article’s quarter hour', () => {
    const advice = advise({ ...freelancer, stage: 'both', problem: 'both' });
    expect(advice.kpis.recommended).toBe(4);
    expect(advice.cadence).toEqual({
      kpiReview: 'weekly',
      checkIns: 'weekly',
      cycle: 'quarterly',
      minutesPerWeek: 16,
    });
  });
});

describe('advise: reasons and templates', () => {
  it('quotes the articles for every reason', () => {
    for (const reason of advise(team).reasons) {
      expect(reason.quote.text.length).toBeGreaterThan(10);
      expect(reason.quote.source).toMatch(/\(.+\)$/);
    }
  });

  it('suggests templates from the chosen domain', () => {
    const { templates } = advise(team);
    expect(templates.kpis[0]?.domain).toBe('support');
  });

  it('uses the objective, when given, to pick templates within the domain', () => {
    const { templates } = advise({ ...team, domain: 'saas', objective: 'Reduce churn' });
    expect(templates.keyResults[0]?.templateId).toBe('saas.monthly-churn');
  });

  it('spells out the loop with the plan’s numbers', () => {
    const [first, second] = advise(freelancer).loop;
    expect(first).toMatch(/^Pick 3 KPIs/);
    expect(second).toMatch(/^Set 1 objective for the quarter/);
  });
});
