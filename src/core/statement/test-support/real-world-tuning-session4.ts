import { atLeast, atMost, by, from, kr, milestone, objective, type SourcedFixture, task } from './expect.js';

/**
 * More real statements for the TUNING part, gathered on 2026-12-01 (session 4) from
 * sources the other parts do not use: a governance template's company, product and
 * engineering OKRs, a product-team OKR template, a blockchain project's live OKRs and
 * GitLab's calendar-2018 Q3 OKRs. Each expected reading was written before the parser
 * read the statement. GitLab's lines keep their "Team:" prefix, as written.
 */
const change = (amount: number) => ({ change: { amount, relative: true } });

export const REAL_WORLD_TUNING_SESSION4: readonly SourcedFixture[] = [
  ...from('epieczko/betty templates/governance/okr-definitions.md', [
    ['Objective 1: Accelerate Enterprise Customer Acquisition', objective()],
    ['KR1: Increase Enterprise ARR from $12M to $18M (+50%)', kr('increase', 12e6, 18e6, 'USD', change(50))],
    ['KR2: Close 15 new enterprise deals (>$100K ACV)', kr('increase', null, 15)],
    [
      'KR3: Improve enterprise sales cycle from 120 days to 90 days (-25%)',
      kr('decrease', 120, 90, 'd', change(-25)),
    ],
    [
      'KR4: Achieve 90% enterprise customer retention (net revenue retention 110%)',
      kr('increase', null, 90, '%'),
    ],
    ['Objective 2: Improve Product-Market Fit for Mid-Market Segment', objective()],
    ['KR1: Increase Net Promoter Score (NPS) from +35 to +50', kr('increase', 35, 50)],
    ['KR2: Reduce churn from 5% to 3% monthly for mid-market accounts', kr('decrease', 5, 3, '%')],
    ['KR3: Achieve 40% feature adoption for top 5 new capabilities', kr('increase', null, 40, '%')],
    [
      'KR4: Increase weekly active users (WAU) from 25K to 35K (+40%)',
      kr('increase', 25_000, 35_000, null, change(40)),
    ],
    ['Objective 1: Ship Enterprise-Ready Platform Capabilities', objective()],
    [
      'KR1: Launch SSO (SAML/OIDC) with 90% adoption from beta enterprise customers',
      kr('increase', null, 90, '%'),
    ],
    ['KR2: Deliver advanced RBAC (10 custom roles, 50 granular permissions)', milestone()],
    ['KR3: Achieve 99.9% uptime SLA (reduce downtime from 99.7% to 99.9%)', kr('increase', 99.7, 99.9, '%')],
    ['KR4: Obtain SOC 2 Type II certification', milestone()],
    ['Objective 2: Drive Product Engagement and Retention', objective()],
    [
      'KR1: Increase activation rate (user completing setup within 7 days) from 60% to 75%',
      kr('increase', 60, 75, '%'),
    ],
    ['KR2: Reduce time-to-value from 14 days to 7 days (first "aha moment")', kr('decrease', 14, 7, 'd')],
    [
      'KR3: Grow power users (5+ sessions/week) from 3,000 to 5,000 (+67%)',
      kr('increase', 3000, 5000, null, change(67)),
    ],
    ['KR4: Achieve 8/10 customer satisfaction (CSAT) score for onboarding', kr('increase', null, 8, '/10')],
    ['Objective 1: Build Scalable, Reliable Infrastructure', objective()],
    ['KR1: Reduce API p99 latency from 800ms to 400ms (-50%)', kr('decrease', 800, 400, 'ms', change(-50))],
    ['KR2: Scale to support 100K concurrent users (stress test validation)', kr('increase', null, 100_000)],
    ['KR3: Achieve <1% error rate (reduce from 2.5% to <1%)', kr('decrease', 2.5, 1, '%')],
    ['KR4: Implement multi-region active-active deployment (US-East, US-West, EU)', milestone()],
    ['Objective 2: Improve Developer Velocity and Quality', objective()],
    [
      'KR2: Decrease mean time to recovery (MTTR) from 120 min to 30 min (-75%)',
      kr('decrease', 120, 30, 'min', change(-75)),
    ],
    ['KR3: Increase unit test coverage from 65% to 85%', kr('increase', 65, 85, '%')],
    [
      'KR4: Achieve 90% CI/CD pipeline success rate (reduce failures from 30% to 10%)',
      kr('increase', null, 90, '%'),
    ],
    ['Launch enterprise SSO feature', milestone()],
    ['Maintain 99% uptime', atLeast(99, '%')],
    ['Improve uptime to 99.9%', kr('increase', null, 99.9, '%')],
    ['Increase ARR by 50%', by('increase', 50, true)],
    ['Launch 5 features', kr('increase', null, 5)],
    ['Increase engagement 40%', by('increase', 40, true)],
    ['Ship feature X', milestone()],
    ['Become the #1 choice for enterprise customers', objective()],
  ]),
  ...from(
    'wshobson/agents plugins/product-management/skills/product-strategy/assets/template-okr-product-team.md',
    [
      ['Objective: Accelerate user acquisition and activation', objective()],
      ['Increase DAU from 50K to 100K', kr('increase', 50_000, 100_000)],
      ['Improve 7-day retention from 35% to 50%', kr('increase', 35, 50, '%')],
      ['Achieve viral coefficient of 1.2 (up from 0.8)', kr('increase', 0.8, 1.2)],
      ['Objective: Drive deeper product engagement', objective()],
      ['Increase WAU/MAU ratio from 50% to 65%', kr('increase', 50, 65, '%')],
      ['Increase avg sessions per user from 12 to 20/week', kr('increase', 12, 20)],
      ['Achieve 70% adoption of core feature (up from 45%)', kr('increase', 45, 70, '%')],
      ['Objective: Build sustainable revenue model', objective()],
      ['Launch paid tier with 15% free-to-paid conversion', kr('increase', null, 15, '%')],
      ['Increase ARPU from $12 to $18/month', kr('increase', 12, 18, 'USD')],
      ['Reach $100K MRR by quarter end', kr('increase', null, 100_000, 'USD', { due: '2026-12-31' })],
      ['Reduce p99 latency from 2s to 500ms', kr('decrease', 2000, 500, 'ms')],
      ['Achieve 99.9% uptime (from 98.5%)', kr('increase', 98.5, 99.9, '%')],
    ],
  ),
  ...from('Joystream/joystream okrs/README.md', [
    [
      'Objective: Launch a functional, upgradable video platform, governed and operated by a vibrant community',
      objective(),
    ],
    ['There are at least 10 builders, with at least 2 in a full time capacity', atLeast(10)],
    ['There are at least 100 active governance or operations focused daily active members', atLeast(100)],
    [
      'There are at least 10000 daily active members, as measured by any kind of use of the platform',
      atLeast(10_000),
    ],
    [
      'There are at least 200 active publishers, where active is defined as publishing at least once per month',
      atLeast(200),
    ],
    ['Objective: Introduce a Better Content System', objective()],
    ['Members can make a Content Creator profile and publish content under this profile.', milestone()],
    ['Introduce the role of staked Content Curators, policed by sudo.', milestone()],
    ['Launch with 3 content types.', kr('increase', null, 3)],
    ['Add 1 new content type after release.', kr('increase', null, 1)],
    ['Add a new schema for a content type, and migrate only some instances to the new schema.', milestone()],
    ['Objective: Engage community to understand Rome and join us in the future', objective()],
    ['20 Content Creator profiles which add at least one content item.', atLeast(20)],
    ['Get 5 active Content Curators.', kr('increase', null, 5)],
    ['At least 20 items for each content type enabled at launch.', atLeast(20)],
    ['At least 500 items in total across all content types.', atLeast(500)],
    ['Add 3 full time blockchain developers', kr('increase', null, 3)],
    ['Source 25 candidates outside of angel/jsg/dribble/hh', task],
    ['Interview at least 25 candidates once, and 15 candidates twice', task],
    ['Objective: Expand the Jsgenesis team', objective()],
  ]),
  ...from('spicysoft/jp-www-gitlab-com sites/uncategorized/source/company/okrs/2018-q3/index.html.md', [
    [
      'Field Marketing: Achieve 100% of field marketing portion of SCLAU plan.',
      kr('increase', null, 100, '%'),
    ],
    ['Marketing Operations: Deploy multi-touch attribution model in Bizible.', milestone()],
    ['SMB Customer Advocacy: Achieve 200% of SMB IACV plan.', kr('increase', null, 200, '%')],
    ['Frontend: Preserve 100% of error budget', atLeast(100, '%')],
    ['Plan: Implement 10 performance improvements', kr('increase', null, 10)],
    ['Distribution: GitLab Helm charts generally available', milestone()],
    ['Geo: Finish failover to Google Cloud July 28', milestone({ due: '2027-07-28' })],
    ['Gitaly: Ship v1.0 and turn off NFS', milestone()],
    ['Gitter: Open source Android and iOS applications', milestone()],
    ['Gitter: Deprecate Gitter Topics', milestone()],
    ['Infrastructure: Move to GCP July 28th', milestone({ due: '2027-07-28' })],
    ['Monitoring: Implement admin performance dashboard.', milestone()],
    [
      'Security: Triage 50 backlogged security labeled issues and add appropriate severity and priority labels',
      task,
    ],
    ['UX Research: Identify 5 pain points for users who have left GitLab.com', task],
    ['Product: Hire two directors.', kr('increase', null, 2)],
    ['Product: Hire a growth team.', milestone()],
    ['Corporate marketing: Help our customers evangelize GitLab.', objective()],
    [
      'Product marketing: Deliver 18 enablement sessions to sales and channel teams to increase SCLAU by count of 15',
      task,
    ],
    [
      'Product marketing: Create 20 new web pages to educate market and prospects about GitLab capabilities and solutions',
      task,
    ],
    ['Product: Make 10 key feature docs more enticing', task],
    ['VPE: Source 50 candidates for various roles', task],
    ['Support: Implement dashboard for key support metrics (SLA, CSAT)', milestone()],
    ['Marketing Program Management: Improve reporting for marketing programs.', objective()],
    ['Marketing Operations: Streamline lead management processes.', objective()],
    ['CMO: Increase brand awareness and preference for GitLab.', objective()],
    ['Online Growth: Expand online growth tactics.', objective()],
    ['Keep unsubscribe rate below 1%', atMost(1, '%')],
    ['Increase GKE trials referred by Gitlab/week by 3X.', by('increase', 200, true)],
    ['Increase SMB gross retention to 90%', kr('increase', null, 90, '%')],
    ['Reduce number of manual license key replacements by 30%', by('decrease', -30, true)],
    ['Increase overall traffic to existing pages by 10% compared to last quarter', by('increase', 10, true)],
    ['Increase live chat leads 20%', by('increase', 20, true)],
  ]),
  ...from('spicysoft/jp-www-gitlab-com sites/uncategorized/source/company/okrs/fy21-q1/index.html.md', [
    [
      'Director of Field Enablement KR: Define functional competencies & proficiency levels for Sales and CS roles',
      task,
    ],
    [
      'Director of Field Enablement KR: Finalize Moments That Matter (MTMs) for in-scope field roles (SALs, AEs, SAs, and CSMs)',
      milestone(),
    ],
    ['Director of Field Enablement KR: Complete job task analysis for in-scope field roles', task],
    [
      'Director of Field Enablement KR: Assemble list of the most common technical questions and answers that SALs and AEs ask SAs',
      task,
    ],
    ['VP Alliances KR: Execute first joint marketing campaign', task],
    [
      'CRO KR: New tiers, terms and agreement complete, published on partner portal and handbook for all partners',
      milestone(),
    ],
    [
      'VP, Global Channels KR: Channel Program details released and promoted on handbook and partner portal',
      milestone(),
    ],
    ['CRO KR: Automated deal reg launched and available in SFDC Partner Portal.', milestone()],
    [
      'Sr Manager Sales Systems KR: 100% of partner deal registrations received via Partner Portal.',
      atLeast(100, '%'),
    ],
    ['CRO KR: Deliver at least one new PIO in every region through Partner Portal.', kr('increase', null, 1)],
    ['VP Alliances KR: Double lead flow to and from top 3 alliance partners', by('increase', 100, true)],
    [
      'CEO KR: Renewal process satisfaction, as measured by SSAT for tickets about renewals, is greater than 95%.',
      atLeast(95, '%'),
    ],
    [
      'Director of Product, Growth KR: Drive Support Satisfaction scores, filtered for billing, to >95%.',
      kr('increase', null, 95, '%'),
    ],
    [
      'Director of Product, Growth KR: Drive $561k in incremental IACV.',
      kr('increase', null, 561_000, 'USD'),
    ],
    ['Chief Technology Officer KR: Launch transparent weighted appdex measure of availability', milestone()],
    ['Chief Technology Officer KR: 99.95% availability', kr('increase', null, 99.95, '%')],
    [
      'Chief Technology Officer KR: Deliver the top 10 customer requested features as prioritized by Product Management',
      kr('increase', null, 10),
    ],
    [
      'Director of Engineering, Dev KR: Deliver 15 items in the performance or Infra/Dev dashboard',
      kr('increase', null, 15),
    ],
    [
      'Director of Engineering, Enablement KR: Complete dogfooding Geo on GitLab.com staging environment',
      // Relabelled by the labelling guide (docs/statements.md): finishing an activity is a task.
      task,
    ],
    [
      'Director of Engineering, Enablement KR: Enable ElasticSearch for paid groups on GitLab.com',
      milestone(),
    ],
    ['Distinguished Engineer KR: Create and merge 3 additions to Definition of Done', task],
    ['Distinguished Engineer KR: Finish and upstream Puma development changes', milestone()],
    [
      'Distinguished Engineer KR: Review 50 merge requests with an eye on performance, reliability, and availability',
      task,
    ],
    [
      'Director of Engineering, Defend KR: 3 new Defend MVC features go from planned to minimal, per PM priorities',
      kr('increase', null, 3),
    ],
    [
      'Director of Engineering, Defend KR: Track all planning priority issues and make sure they are being completed on time',
      task,
    ],
    ['Director of Engineering, Growth KR: Implement Telemetry Strategy', milestone()],
    ['Engineering Fellow KR: Review and document Gitaly HA architecture/design decisions.', task],
    [
      'Engineering Fellow KR: Contribute 1 significant improvement towards making Gitaly HA production-ready.',
      task,
    ],
    ['Enablement QE KR: Create the first iteration of Kubernetes/Omnibus 50K reference architecture.', task],
    ['Dev QE KR: Define method and process to promote an end-to-end test into reliable state.', task],
    [
      'Director of Customer Support KR: Training developed and delivered to all Support and available to relevant teams in Gitlab.',
      milestone(),
    ],
    ['VP of Security KR: Get exec sign-off in weekly PM&Eng meeting for new gearing ratios.', milestone()],
  ]),
];
