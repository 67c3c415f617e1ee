/**
 * The source articles' own words behind each piece of advice, so `advise` can quote its
 * reasons instead of asserting them. Sources are the articles in `seeds/`.
 */

export interface Quote {
  readonly text: string;
  readonly source: string;
}

const FREELANCERS = 'OKR Vs KPI For Freelancers (Workings.me)';
const SKARYA = 'OKR vs KPI: What’s the Difference and When Should You Use Each? (Skarya)';
const FUTUREWORKS = 'What is the difference between OKR and KPI? (Futureworks)';
const DIGITAL = 'OKRs vs KPIs: the real difference (digital marketing course blog)';
const CONSULTING = 'OKRs and KPIs: clear definitions (consulting guide)';

export const QUOTES = {
  stageDecides: {
    text: 'Are you stable (income predictable, clients satisfied) or in growth mode (want to expand/change)? If stable → lead with KPIs. If growth → lead with OKRs.',
    source: FREELANCERS,
  },
  problemDecides: {
    text: 'Identify your biggest pain point: Lack of direction? Use OKRs. Lack of control? Use KPIs.',
    source: FREELANCERS,
  },
  maintainOrImprove: {
    text: 'Are we trying to maintain performance, or improve something? If the answer is maintain, use a KPI. If the answer is improve, use an OKR.',
    source: SKARYA,
  },
  useBoth: {
    text: 'KPIs hold the floor while OKRs raise the ceiling.',
    source: SKARYA,
  },
  onlyKpis: {
    text: 'If you only track KPIs, you might perform well but stay stuck in the same place.',
    source: DIGITAL,
  },
  onlyOkrs: {
    text: 'Without KPIs holding the baseline, operational problems can quietly compound while the team’s attention is on the quarterly goal.',
    source: SKARYA,
  },
  freelancerHybrid: {
    text: 'Set one quarterly OKR to push your career forward, and monitor 3-5 KPIs weekly to ensure you don’t veer off course.',
    source: FREELANCERS,
  },
  freelancerObjectives: {
    text: 'Setting too many objectives (stick to 1-2 OKRs per quarter).',
    source: FREELANCERS,
  },
  teamKpis: {
    text: 'For most teams, five to seven well-chosen KPIs are more useful than a large dashboard filled with secondary metrics.',
    source: SKARYA,
  },
  teamObjectives: {
    text: 'A maximum of 3 objectives per team, with 3–5 key results each.',
    source: CONSULTING,
  },
  keyResultCount: {
    text: 'A qualitative objective and 2-5 measurable key results.',
    source: FREELANCERS,
  },
  focus: {
    text: 'If everything is important, nothing is important.',
    source: DIGITAL,
  },
  reviewTime: {
    text: 'Expect 1-2 hours per quarter to set OKRs and 15 minutes per week to review progress.',
    source: FREELANCERS,
  },
  reviewCadence: {
    text: 'OKRs require quarterly check-ins; KPIs need weekly reviews. Choose based on your available time.',
    source: FREELANCERS,
  },
  rhythm: {
    text: 'Track a few critical KPIs. Define a few clear OKRs. Prioritize ruthlessly. Follow up weekly. Adjust quickly.',
    source: FUTUREWORKS,
  },
  noRhythm: {
    text: 'No execution rhythm → Goals become static.',
    source: FUTUREWORKS,
  },
} as const satisfies Record<string, Quote>;
