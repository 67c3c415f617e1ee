import { atLeast, atMost, by, from, kr, milestone, objective, type SourcedFixture, task } from './expect.js';

/**
 * Once the THIRD held-out set (sessions 4–5), now TUNING: gathered on 2026-12-01 (session 4)
 * from a product-planning kit's OKR guide, its example OKRs, its good and bad key results
 * and its examples by industry, labelled by hand before the parser read any of them. Its
 * last held-out score (session 6, before it moved): 76.9% on every field, kind 80.8%. A
 * second, blind labelling by the guide agreed with its labels on kind for 96.2% of
 * statements. Moved into tuning in session 6 to give the parser more varied text; the
 * fourth held-out set took its place.
 */
export const REAL_WORLD_TUNING_ONCE_HELD_OUT_THIRD: readonly SourcedFixture[] = [
  ...from('Nom-nom-hub/goal-kit docs/okr-guide.md', [
    ['Objective: Become the fastest-shipping product platform', objective()],
    ['KR 1: Ship 5 major features', kr('increase', null, 5)],
    ['KR 2: Achieve >90% adoption of new features', kr('increase', null, 90, '%')],
    ['KR 3: Reduce feature cycle time from 8 weeks to 4 weeks', kr('decrease', 8, 4, 'wk')],
    ['KR 1.3: Reduce feature cycle time from 8 → 4 weeks', kr('decrease', 8, 4, 'wk')],
    ["Objective 2: Build the industry's best engineering team", objective()],
    ['KR 2.1: Hire 3 senior engineers', kr('increase', null, 3)],
    ['KR 2.2: Achieve 85+ eNPS (employee satisfaction)', kr('increase', null, 85)],
    ['KR 2.3: Complete skill development for 20+ engineers', kr('increase', null, 20)],
    ['Objective 3: Expand into enterprise market', objective()],
    ['KR 3.1: Close 5 enterprise customers', kr('increase', null, 5)],
    ['KR 3.2: Achieve 4.7+ NPS from enterprise users', kr('increase', null, 4.7)],
    ['KR 3.3: Build SOC2 compliance certification', milestone()],
    ['Objective 4: Reduce operational toil', objective()],
    ['KR 4.1: Achieve 99.9% uptime (SLA)', kr('increase', null, 99.9, '%')],
    ['KR 4.2: Reduce on-call incidents by 50%', by('decrease', -50, true)],
    ['KR 4.3: Automate 30% of DevOps tasks', kr('increase', null, 30, '%')],
    ['Hire 100 engineers', kr('increase', null, 100)],
    ['Fix 500 bugs', task],
    ['Complete design documentation', task],
    ['Write better code', objective()],
    ['Write API documentation', task],
    ['Achieve 95% API adoption among customers', kr('increase', null, 95, '%')],
    ['KR 3: Improve NPS from 45 → 55', kr('increase', 45, 55)],
    ['KR 1: Ship features', milestone()],
    ['KR 2: Make product better', objective()],
    ['KR 3: Fix bugs', task],
    ['KR 4: Update documentation', task],
    ['KR 5: Improve code quality', objective()],
    ['Objective 1: Expand user base to enterprise', objective()],
    ['KR 1: Close 10 enterprise customers', kr('increase', null, 10)],
    ['KR 2: Achieve 4.5+ NPS from enterprise users', kr('increase', null, 4.5)],
    ["KR 3: Deploy in 5 major enterprises' infrastructure", kr('increase', null, 5)],
    ['Objective 2: Improve product reliability', objective()],
    ['KR 1: Achieve 99.95% uptime (SLA)', kr('increase', null, 99.95, '%')],
    ['KR 2: Reduce customer-facing bugs by 60%', by('decrease', -60, true)],
    ['KR 3: <1 hour MTTR (mean time to recovery) for incidents', atMost(1, 'h')],
    ['Objective 3: Build sustainable team', objective()],
    ['KR 1: Reduce engineer attrition to 5% (down from 12%)', kr('decrease', 12, 5, '%')],
    ['KR 2: Increase internal promotion rate to 30%', kr('increase', null, 30, '%')],
    ['KR 3: Improve diversity to 40% women in tech roles', kr('increase', null, 40, '%')],
    ['Objective 1: Find product-market fit', objective()],
    ['KR 1: Achieve 40% month-over-month growth', kr('increase', null, 40, '%')],
    ['KR 2: Reach $100K MRR', kr('increase', null, 100_000, 'USD')],
    ['KR 3: 50%+ activation rate (users who return week 1)', atLeast(50, '%')],
    ['Objective 2: Build core product', objective()],
    ['KR 1: Ship 3 major features based on user feedback', kr('increase', null, 3)],
    ['KR 2: Reduce core workflow time from 15 min to 5 min', kr('decrease', 15, 5, 'min')],
    ['KR 3: Achieve >99% feature reliability', kr('increase', null, 99, '%')],
    ['Objective 3: Fundraise', objective()],
    ['KR 1: Secure $5M Series A commitment', kr('increase', null, 5_000_000, 'USD')],
    ['KR 2: 80% investor satisfaction (net promoter score)', kr('increase', null, 80, '%')],
  ]),
];
