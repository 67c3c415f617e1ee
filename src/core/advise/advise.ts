import type { Cadence } from '../model.js';
import { suggest } from '../suggest/suggest.js';
import type { Suggestions } from '../suggest/suggestion.js';
import { findDomain } from '../suggest/templates/index.js';
import type { AdviceAnswers } from './advice-questions.js';
import { QUOTES, type Quote } from './article-quotes.js';

export type Lead = 'kpis' | 'okrs' | 'both';

export interface Reason {
  /** What the answer implies, in Ratchet's words. */
  readonly point: string;
  /** The article's own words behind it. */
  readonly quote: Quote;
}

export interface Advice {
  readonly lead: Lead;
  readonly headline: string;
  /** Planning for one person (a freelancer, or a team of one): the articles' smaller limits. */
  readonly solo: boolean;
  readonly kpis: { readonly recommended: number; readonly min: number; readonly max: number };
  readonly objectives: { readonly recommended: number; readonly max: number };
  readonly keyResultsPerObjective: { readonly min: number; readonly max: number };
  readonly cadence: {
    readonly kpiReview: Cadence;
    readonly checkIns: Cadence;
    readonly cycle: 'quarterly';
    /** Estimated weekly review time for the recommended counts. */
    readonly minutesPerWeek: number;
  };
  /** The loop of domain.md, step by step, in this plan's numbers. */
  readonly loop: readonly string[];
  readonly reasons: readonly Reason[];
  readonly warnings: readonly string[];
  readonly templates: Suggestions;
}

/** Limits from domain.md's coach rules (too-many-kpis, too-many-objectives, kr-count). */
const LIMITS = {
  solo: { kpis: { min: 3, max: 5 }, objectives: 2 },
  team: { kpis: { min: 3, max: 7 }, objectives: 3 },
  keyResults: { min: 2, max: 5 },
} as const;

/**
 * Ratchet's own estimate of weekly review time: a KPI is a glance against its range (and a
 * decision when outside); an objective is a check-in on its 2–5 KRs with a confidence and
 * a note. One objective and four KPIs come to the freelancer article's 15 minutes a week.
 */
const MINUTES_PER_KPI = 2;
const MINUTES_PER_OBJECTIVE = 8;

/**
 * Turns the answers to the articles' decision questions into a plan: lead with KPIs, OKRs
 * or both; how many of each; which cadence; which templates. Pure.
 */
export function advise(answers: AdviceAnswers): Advice {
  const solo = answers.freelancer || answers.teamSize <= 1;
  const limits = solo ? LIMITS.solo : LIMITS.team;
  const reasons: Reason[] = [];
  const warnings: string[] = [];

  const lead = chooseLead(answers, reasons);
  let kpiCount = preferredKpiCount(lead, limits.kpis);
  let objectiveCount = Math.min(answers.areasToImprove, lead === 'kpis' ? 1 : limits.objectives);

  if (solo) reasons.push({ point: sizeLine(solo), quote: QUOTES.freelancerHybrid });
  else
    reasons.push(
      { point: sizeLine(solo), quote: QUOTES.teamKpis },
      { point: 'At most three objectives per team.', quote: QUOTES.teamObjectives },
    );
  reasons.push({
    point: 'Each objective gets 2 to 5 key results: outcomes, not tasks.',
    quote: QUOTES.keyResultCount,
  });

  if (answers.areasToImprove > limits.objectives) {
    warnings.push(
      `You want to improve ${answers.areasToImprove} areas; pick the ${limits.objectives} that matter most this quarter and hold the rest as KPIs (“${QUOTES.focus.text}”).`,
    );
    reasons.push({
      point: 'Fewer objectives, each genuinely guiding the work.',
      quote: solo ? QUOTES.freelancerObjectives : QUOTES.focus,
    });
  }
  if (answers.areasToImprove === 0 && lead !== 'kpis') {
    warnings.push(
      'You said nothing needs to improve this quarter, so there is nothing for an OKR to change yet: hold the floor with KPIs and write an OKR when one leaves its range.',
    );
  }

  const budget = answers.reviewMinutesPerWeek;
  const need = (kpis: number, objectives: number) =>
    kpis * MINUTES_PER_KPI + objectives * MINUTES_PER_OBJECTIVE;
  // Shrink to fit the time the user has: KPIs down to the floor first, then objectives to one.
  while (need(kpiCount, objectiveCount) > budget && kpiCount > limits.kpis.min) kpiCount--;
  while (need(kpiCount, objectiveCount) > budget && objectiveCount > 1) objectiveCount--;
  const minutes = need(kpiCount, objectiveCount);
  if (budget === 0) {
    warnings.push(
      `With no time for reviews neither KPIs nor OKRs will work (“${QUOTES.noRhythm.text}”). Even ${minutes} minutes a week is enough to start.`,
    );
  } else if (minutes > budget) {
    warnings.push(
      `Even ${kpiCount} KPIs and ${objectiveCount} objective${objectiveCount === 1 ? '' : 's'} need about ${minutes} minutes a week, more than your ${budget}; find the time or start with KPIs only.`,
    );
  }
  reasons.push({
    point: `About ${minutes} minutes a week: a weekly KPI review and weekly check-ins.`,
    quote: QUOTES.reviewTime,
  });

  const domain = findDomain(answers.domain);
  const templates = suggest(answers.objective ?? domain?.label ?? answers.domain, {
    domain: answers.domain,
    freelancer: answers.freelancer,
    limit: Math.max(kpiCount, 3),
  });

  return {
    lead,
    headline: headline(lead),
    solo,
    kpis: { recommended: kpiCount, ...limits.kpis },
    objectives: { recommended: objectiveCount, max: limits.objectives },
    keyResultsPerObjective: LIMITS.keyResults,
    cadence: { kpiReview: 'weekly', checkIns: 'weekly', cycle: 'quarterly', minutesPerWeek: minutes },
    loop: loopSteps(kpiCount, objectiveCount),
    reasons,
    warnings,
    templates,
  };
}

/** The two articles' questions vote; when they disagree, or either says both, use both. */
function chooseLead(answers: AdviceAnswers, reasons: Reason[]): Lead {
  if (answers.areasToImprove === 0 && answers.stage !== 'growing') {
    reasons.push({
      point: 'Nothing to improve this quarter: maintain, so lead with KPIs.',
      quote: QUOTES.maintainOrImprove,
    });
    return 'kpis';
  }
  const byStage: Lead = answers.stage === 'stable' ? 'kpis' : answers.stage === 'growing' ? 'okrs' : 'both';
  const byProblem: Lead =
    answers.problem === 'control' ? 'kpis' : answers.problem === 'direction' ? 'okrs' : 'both';
  const stageWords = {
    stable: 'The area is stable',
    growing: 'The area needs to change',
    both: 'Parts are stable and parts need to change',
  };
  const problemWords = {
    control: 'the problem is seeing trouble early',
    direction: 'the problem is knowing where to go',
    both: 'the problem is both direction and control',
  };
  reasons.push({ point: `${stageWords[answers.stage]}.`, quote: QUOTES.stageDecides });
  reasons.push({ point: `And ${problemWords[answers.problem]}.`, quote: QUOTES.problemDecides });
  const lead = byStage === byProblem ? byStage : 'both';
  if (lead === 'kpis')
    reasons.push({ point: 'Still, add an OKR when a KPI shows a gap.', quote: QUOTES.onlyKpis });
  if (lead === 'okrs')
    reasons.push({ point: 'Still, keep a few KPIs holding the floor.', quote: QUOTES.onlyOkrs });
  if (lead === 'both') reasons.push({ point: 'Use both, joined in one loop.', quote: QUOTES.useBoth });
  return lead;
}

function preferredKpiCount(lead: Lead, range: { readonly min: number; readonly max: number }): number {
  // Leading with KPIs uses the whole range; leading with OKRs keeps only the critical few.
  if (lead === 'kpis') return range.max;
  if (lead === 'okrs') return range.min;
  return Math.round((range.min + range.max) / 2);
}

function sizeLine(solo: boolean): string {
  return solo
    ? 'On your own: 3–5 KPIs and 1–2 objectives a quarter.'
    : 'For a team: at most 7 KPIs, the ones that drive decisions.';
}

function headline(lead: Lead): string {
  switch (lead) {
    case 'kpis':
      return 'Lead with KPIs: hold the floor, and raise it with an OKR when a KPI shows a gap.';
    case 'okrs':
      return 'Lead with OKRs to set direction, with a few KPIs holding the floor.';
    case 'both':
      return 'Use both from the start: KPIs hold the floor, OKRs raise it.';
  }
}

function loopSteps(kpis: number, objectives: number): readonly string[] {
  const okrStep =
    objectives > 0
      ? objectives === 1
        ? 'Set 1 objective for the quarter, with 2–5 key results that move a number from a baseline to a target.'
        : `Set ${objectives} objectives for the quarter, each with 2–5 key results that move a number from a baseline to a target.`
      : 'When a KPI leaves its range, answer it: a recorded decision, or an OKR to bring it back.';
  return [
    `Pick ${kpis} KPIs, each with a healthy range and one owner; review them weekly.`,
    okrStep,
    'Link initiatives to the key results and check in weekly, with a confidence and a short why.',
    'At the end of the quarter, score the objectives; when a key result tied to a KPI was achieved, ratchet the KPI’s range to the new standard and keep watching that it holds.',
  ];
}
