import {
  atLeast,
  atMost,
  between,
  by,
  from,
  kr,
  metricName,
  milestone,
  objective,
  type SourcedFixture,
  task,
} from './expect.js';

/**
 * More real statements for the TUNING part (session 5), from sources no other part uses: a
 * software company's own quarterly OKRs (Sourcegraph, 2019-Q4 and 2020-Q1, the "=> status"
 * notes and links left out), OKR example pages for customer service, finance and HR,
 * engineering teams' OKR files, SLO templates, KPI dashboards and target tables (quoted as
 * "‹metric›. Target: ‹target›" or "‹metric›: ‹value›", as the earlier parts do), warehouse,
 * manufacturing and hospital KPI pages, and pages written in English by non-native writers.
 * Each expected reading was written by the labelling guide (docs/statements.md) before the
 * parser read the statement. Read as of 2026-11-30.
 */
export const REAL_WORLD_TUNING_SESSION5: readonly SourcedFixture[] = [
  ...from('sourcegraph/about company/okrs/2019_q4.md', [
    ['CEO: Net new ARR', metricName()],
    [
      'Sales (Closing Deals) KR: Get 70% of companies on a free trial to convert to paid customers.',
      kr('increase', null, 70, '%'),
    ],
    [
      'Sales (Deal Optimization): Scale our sales pipeline to 50+ deals per AE, of which 60% of deals are engaged and actively evaluating Sourcegraph.',
      kr('increase', null, 50),
    ],
    [
      'Sales (Deal Optimization) KR: Maintain company-wide HubSpot consistency to generate actionable reporting from data logged.',
      objective(),
    ],
    [
      'Business (Marketing) KR: Begin tracking and measuring each stage of the funnel and conversion across them.',
      task,
    ],
    ['Business (Marketing) KR: Grow MQLs delivered to sales weekly by 3x.', by('increase', 200, true)],
    [
      'Business (Marketing) KR: Hire two additional full-time marketing or DevRel teammates (including one Online Marketer).',
      kr('increase', null, 2),
    ],
    [
      'Business (Customer Success) KR: Test a set of new success efforts (e.g., live brown bag lunches, monthly webinars, increased communication of value delivered) to determine highest ROI efforts.',
      task,
    ],
    ['Business (Customer Success) KR: Start these efforts with all Tier 1 customers.', task],
    [
      'Business (Customer Success) KR: Hire or assign an owner to ensure they continue to happen.',
      milestone(),
    ],
    ['Product: Increase engagement with the product.', objective()],
    ['Product KR: Increase SWAUs by 25%', by('increase', 25, true)],
    ['Product KR: Identify the top 3 reasons potential customers do not sign', task],
    [
      'Product KR: Open source projects in GitLab use Sourcegraph.com for on-by-default code intelligence (without the browser extension)',
      milestone(),
    ],
    ['VP Eng: Sourcegraph has world class reliability.', objective()],
    ['VP Eng KR: 100% of monthly releases ship on time.', atLeast(100, '%')],
    [
      'Distribution KR: Scale search and authz to C1 and C2 requirements by EOY.',
      objective({ due: '2026-12-31' }),
    ],
    ['CEO: Standard developer platform', objective()],
    ['VP Eng: Build a world class engineering team.', objective()],
    [
      'VP Eng KR: Handoff of web and core services management responsibilities deemed a success by all involved parties.',
      milestone(),
    ],
    ['VP Eng KR: Track career goals for every engineer.', task],
    ['VP Eng: Deliver the product roadmap.', milestone()],
    ['Distribution: Improve site admin experience.', objective()],
    ['Distribution KR: Provide additional monitoring and debugging tools to site admins', milestone()],
    ['Code intel: Deliver LSIF-based code intelligence.', milestone()],
    [
      'Code intel KR: Support LSIF-based code intel in targeted languages (Go, JavaScript/TypeScript, Python, Java, C#, and C/C++).',
      milestone(),
    ],
    [
      'Code intel KR: LSIF-powered code intel on Sourcegraph.com for at least 1 public project per language.',
      atLeast(1),
    ],
    ['Automation: Release automation campaign tracking and creation.', milestone()],
    ['Automation KR: Implement RFC 42.', milestone()],
    ['Web: Make the power of search accessible to more users.', objective()],
    [
      'Web KR: Eliminate errors caused by malformed search queries (e.g. literal search, autocomplete).',
      objective(),
    ],
    ['Web KR: Increase usage of filters (e.g. filter UI).', objective()],
    ['Web: Data driven decisions for search improvements.', objective()],
    ['Web KR: Measure number/type of filters used for each search on customer instances.', task],
    ['Web KR: Measure the number of searches that result in an error.', task],
    ['Core services: Sourcegraph search scales to our largest customers.', objective()],
    [
      'Core services KR: Symbol and text search returns in under 2s on instances with 80k repositories and configured ACLs for 1k active users.',
      atMost(2, 's'),
    ],
    [
      'Core services KR: Sourcegraph can index any code independent of code host and version control system.',
      milestone(),
    ],
    ['Product: Build a better product.', objective()],
    ['Product KR: Hire a product manager and UX designer.', milestone()],
    ['CEO: Aspirational team.', objective()],
    ['CEO KR: Improve effectiveness of internal communications.', objective()],
    ['CEO: Become handbook-first so we can scale and communicate more effectively.', objective()],
    ['CEO KR: Rebuild the handbook and keep it up-to-date.', task],
    [
      'Business (Finance) KR: Build both a comprehensive top-line + cost model with three scenarios that is approved by the Sourcegraph Board of Directors.',
      milestone(),
    ],
    ['VP Eng: Develop and evangelize a world class engineering culture.', objective()],
    [
      'VP Eng KR: All questions about our engineering team and culture (e.g. from candidates or current teammates) can be answered by sending a link to our developer docs.',
      milestone(),
    ],
    ['VP Eng KR: 3 blog posts (not release announcements) authored by members of the eng team.', task],
  ]),
  ...from('https://okr-framework.com/okr-examples/customer-service/', [
    ['Use ticket templates to improve speed and customer satisfaction', task],
    [
      'Improve total reply time by 50% from avg. 2 minutes using templates',
      kr('decrease', 2, 1, 'min', { change: { amount: -50, relative: true } }),
    ],
    ['Achieve our best customer rating to date', objective()],
    ['Maintain 7-day avg. customer rating of 4.5/5', atLeast(4.5, '/5')],
    ['Improve the well-being of the Customer Service team', objective()],
    ['Increase eNPS score for Customer Service team from 4 to 4.5/5', kr('increase', 4, 4.5, '/5')],
    ['Create a stellar return process for customers', objective()],
    [
      'Optimize return process to achieve a 50% time saving for handling returns',
      kr('increase', null, 50, '%'),
    ],
  ]),
  ...from('https://okrconsortium.com/blog/first-okr-lean-coffee', [
    [
      'Objective: Increase accuracy in financial change documentation to achieve a 95% error-free rate.',
      kr('increase', null, 95, '%'),
    ],
    ['Key Result 1: Ensure that more than 80% of documents have a 95% error-free rate.', atLeast(80, '%')],
    [
      'Key Result 2: Propose and validate at least three measures to improve document quality in the future.',
      task,
    ],
    [
      'Objective: Establish a comprehensive change tracking system to monitor and report the progress of financial changes.',
      objective(),
    ],
    [
      'Key Result 1: Ensure that more than 60% of financial changes are recorded and tracked in the new system.',
      atLeast(60, '%'),
    ],
    ['Key Result 2: Keep the error rate of recorded changes below 3%.', atMost(3, '%')],
    ['Key Result 1: Execute and sign off on at least two joint change initiatives.', task],
  ]),
  ...from('https://uplarn.com/benefits-of-implementing-finance-okr-in-your-organizations', [
    ['Strengthen and make the audit process transparent', objective()],
    ['Achieve budget variance of less than 5%', kr('decrease', null, 5, '%')],
    ['Improve budget planning', objective()],
  ]),
  ...from('https://www.profit.co/okr-university/okrs-for-finance-teams/', [
    ['Objective: Reduce the amount of dollars in accounts receivable past 60 days due', objective()],
    [
      'Key result 1: Implement a procedure to contact account representatives the week before their accounts land in the 60+ day bucket in accounts receivable.',
      milestone(),
    ],
    [
      'Key result 2: Analyze which accounts are more likely to reach 60+ days past due and strategize invoicing accordingly.',
      task,
    ],
    [
      'Key result 3: Prioritize accounts in 60+ receivables according to accounts with highest balance.',
      task,
    ],
    ['Objective: Complete Accurate/Timely Financial Reports.', objective()],
    [
      'Complete Monthly Financial reports by the 15th of each month by March 2020',
      { ...task, due: '2020-03-31' },
    ],
    [
      'Complete Quarterly Financial reports 15 days prior to the end of each quarter by March 2020',
      { ...task, due: '2020-03-31' },
    ],
    [
      'Complete Monthly bank reconciliations by the 10th of each month by March 2020',
      { ...task, due: '2020-03-31' },
    ],
  ]),
  ...from('bigandyox/Planning-for-High-Availability-and-Incident-Response project/slo_sli_template.md', [
    ['99% of requests resulting in a successful response over the last 5 minutes', atLeast(99, '%')],
    ['90% of requests below 100ms over the last 5 minutes', atLeast(90, '%')],
    ['Error budget no higher than 20% over the last 30 days', atMost(20, '%')],
    ['5 requests per second (rps) indicates the application is functioning', atLeast(5)],
  ]),
  ...from('Rebecca015/Planning-for-High-Availability-and-Incident-Response project/slo_sli_template.md', [
    ['The percentage of successful HTTP requests (2xx/3xx) in the last 5 minutes', metricName()],
    [
      'The 90th percentile (p90) response time of all API requests over the last 5 minutes: ≤ 100 ms',
      atMost(100, 'ms'),
    ],
  ]),
  ...from('tranduyduong/Planning-for-High-Availability-and-Incident-Response project/slo_sli_template.md', [
    ['Total # of successful requests / Total # of request >= 0.99', atLeast(0.99)],
    ['Total number of requests >= 300 over 1 minute', atLeast(300)],
  ]),
  ...from('ajalab/slom testdata/out/document-go-template-file/availability99.md', [
    ['99% of requests were served successfully.', atLeast(99, '%')],
  ]),
  ...from('sourcegraph/about company/okrs/2020_q1.md', [
    ['CEO: Grow ARR consistently', objective()],
    ['Sales leadership owns revenue targets and hiring plan', objective()],
    ['CEO: Aspirational, efficient all-remote team', objective()],
    ['Roles and responsibilities are documented and maintained in handbook', milestone()],
    ['Team members rely on the handbook for cross-functional info and processes', objective()],
    ['The handbook is fast to browse and search', objective()],
    [
      'Round robin new instances across team to collectively achieve a 15%+ response rate from Prospects who set up a new Sourcegraph instance.',
      kr('increase', null, 15, '%'),
    ],
    [
      'VP Business: Build a Customer Success organization that supports and helps us exceed our ARR goals.',
      objective(),
    ],
    ['Hire a Head of Customer Success who can own this function.', milestone()],
    ['Reach monthly NPS of 60 at all Tier 1 customers.', kr('increase', null, 60)],
    [
      'VP Business: Make Sourcegraph a lean organization that uses budgets to guide decision making.',
      objective(),
    ],
    [
      'Deliver 652 MQLs to sales, which is a 28% QoQ growth, which will enable us to hit the 3x annual target.',
      kr('increase', null, 652),
    ],
    [
      'Start developer ad programs with 3 leading dev media sites and SEM programs with an outside agency.',
      task,
    ],
    [
      'Execute the initial version of three major marketing functions: a sponsored booth (at GitLab Commit), a webinar, and an eBook.',
      task,
    ],
    ['VP Marketing: Launch our new category by February.', milestone({ due: '2027-02-28' })],
    [
      'Conduct research and deliver initial decision presentation to the executive team by end of January',
      { ...task, due: '2027-01-31' },
    ],
    [
      'Develop at least 12 content pieces explaining the new category by March',
      { ...task, due: '2027-03-31' },
    ],
    [
      'Have the press publish at least 3 articles explaining the category by end of March',
      kr('increase', null, 3, null, { due: '2027-03-31' }),
    ],
    ['VP Marketing: Demonstrate leadership in our category.', objective()],
    ['Agree on a plan for what we do with sourcegraph.com going forward.', task],
    ['Choose a metric with which we can compare ourselves to other options', task],
    [
      'Have at least one press asset document our statistic by March 2020',
      kr('increase', null, 1, null, { due: '2020-03-31' }),
    ],
    ['Product: Create a customer driven product process', objective()],
    [
      'Handbook describes the lifecycle of a feature and who is responsible for each part of the lifecycle.',
      milestone(),
    ],
    [
      'Transition an existing teammate to be (or hire) an Engineering Manager of the distribution team.',
      milestone(),
    ],
    [
      'Document how we do performance reviews and determine compensation for teammates in engineering roles.',
      task,
    ],
    [
      'Each team completes >80% of the work that they committed to at the beginning of the release cycle each iteration.',
      atLeast(80, '%'),
    ],
    ['Resolve issues for major customers', task],
    ['Ensure that no technical issue blocks a deal for any tier 1 or tier 2 customer.', objective()],
    ['Improve developer productivity', objective()],
    [
      'Automate away release captain role and adopt continuous releases (no human in loop required by default).',
      milestone(),
    ],
    ['Improve installation and site admin onboarding process', objective()],
    [
      'Make at least one improvement that decreases overall time from instance installation to completion of site admin setup.',
      task,
    ],
    ['LSIF is adopted by customers', milestone()],
    [
      'At least three customers have > 50% of code intel queries powered by LSIF (excluding fallback references)',
      atLeast(3),
    ],
    [
      'At least one customer has > 90% of code intel queries powered by LSIF (excluding fallback references)',
      atLeast(1),
    ],
    [
      '99th percentile end-to-end latency of hover tooltips, go to definition, and find references is tracked in pings and under 2 seconds.',
      atMost(2, 's'),
    ],
    ['Increase user confidence in code intelligence provided by LSIF', objective()],
    [
      'Code intelligence UI (tooltips, references panel, etc.) indicates whether or not results are precise',
      milestone(),
    ],
    ['Make users aware of advanced search features', objective()],
    ['Interactive search is available to all users by default (not feature-flagged)', milestone()],
    ['Smart search is available to all users by default (not feature-flagged)', milestone()],
    ['Search daily, weekly, monthly active users are tracked in pings.', milestone()],
    ['Search filter usage is tracked in pings.', milestone()],
    ['Increase adoption of search at customers', objective()],
    [
      'Write at least 2 pieces of technical documentation (docs, walkthroughs, blog posts) about search functionality.',
      task,
    ],
    ['99th percentile of time to first result is below 3s across all search types.', atMost(3, 's')],
    [
      'At least four customers are running structural searches and metrics to validate this KR are tracked in pings.',
      atLeast(4),
    ],
    ['Automation is polished and adopted by customers', milestone()],
    ['Document Automation and write a blog post about it.', task],
    ['Automation is enabled by default and not behind a feature flag.', milestone()],
    ['Run 3 user tests with Sourcegraph colleagues, collect issues and fix them.', task],
    ['3 different customers have together run at least 10 campaigns.', atLeast(10)],
  ]),
  ...from('VrushankPatel/taskstream metrics/customer_experience_metrics_dashboard.md', [
    ['Customer Satisfaction (CSAT). Target: >85%', atLeast(85, '%')],
    ['Net Promoter Score (NPS). Target: >50', atLeast(50)],
    ['Customer Effort Score (CES). Target: <2.5 (5-point scale)', atMost(2.5)],
    ['First Response Time: Average time to first customer contact. Target: <2 hours', atMost(2, 'h')],
    ['Resolution Time: Average time to resolve customer issues. Target: <24 hours', atMost(24, 'h')],
    ['Phone: 35% of contacts (Target: <40%)', atMost(40, '%', { current: 35 })],
    ['Email: 40% of contacts (Target: 30-50%)', between(30, 50, '%', { current: 40 })],
    ['Chat: 20% of contacts (Target: 20-30%)', between(20, 30, '%', { current: 20 })],
    ['Self-service: 5% of contacts (Target: >10%)', atLeast(10, '%', { current: 5 })],
    ['Customer Lifetime Value (CLV). Target: $2,500', atLeast(2500, 'USD')],
    ['Customer Acquisition Cost (CAC). Target: <$150', atMost(150, 'USD')],
  ]),
  ...from('elishagogo/Business-Analyst-Projects documentation/kpi_tracking.md', [
    ['Total Revenue. Target: $50,000/month', atLeast(50000, 'USD')],
    ['Average Order Value (AOV). Target: $150', atLeast(150, 'USD')],
    ['Monthly Recurring Revenue (MRR). Target: $25,000', atLeast(25000, 'USD')],
    ['Customer Acquisition Cost (CAC). Target: $50', atMost(50, 'USD')],
    ['Customer Retention Rate. Target: 85%', atLeast(85, '%')],
    ['Churn Rate. Target: <5%', atMost(5, '%')],
    ['Conversion Rate. Target: 3%', atLeast(3, '%')],
  ]),
  ...from('abdulrhmanasami/shoobydo docs/kpi_targets.md', [
    ['New suppliers per month: 3', atLeast(3)],
    ['Monthly margin EUR: 15,000', atLeast(15000, 'EUR')],
    ['CAC (EUR): 18', atMost(18, 'EUR')],
    ['Conversion rate (ads %): 2.5', atLeast(2.5, '%')],
    ['Avg delivery time (days): 2.0', atMost(2, 'd')],
    ['Organic clicks (monthly): 20k', atLeast(20000)],
    ['Return rate (%): 2.0', atMost(2, '%')],
  ]),
  ...from(
    'joselopezp/bootcamp-data-science-portfolio Projects/Module_3_Data_Preparation/docs/kpi_framework.md',
    [['CAC: < $8,000 CLP', atMost(8000, 'CLP')]],
  ),
  ...from(
    'socpite/outline-onedockerfile edge-core/markdown/Edge_Core_Roadmaps_&_Strategy/Team_OKRs_\u2014_Q3_2025.md',
    [
      ['🎯 Objective 1: Make Search Fast and Reliable', objective()],
      ['KR1: Reduce p95 search latency by 30%', by('decrease', -30, true)],
      ['KR2: 99.99% uptime on all search services', kr('increase', null, 99.99, '%')],
      ['KR3: Complete migration to Elastic v8', milestone()],
      ['🎯 Objective 2: Improve Internal Dev Velocity', objective()],
      ['KR1: CI time reduced to under 10 mins', kr('decrease', null, 10, 'min')],
      ['KR2: New onboarding flow under 60 minutes', atMost(60, 'min')],
      ['KR3: Migrate 100% of services to deploy CLI v2', kr('increase', null, 100, '%')],
    ],
  ),
  ...from('dataGriff/organisation-okrs okr-agent/okrs/teams/platform-2025-Q3.md', [
    ['Objective: Improve reliability and performance of core APIs', objective()],
    ['KR1: Reduce p95 latency from 420ms → 250ms.', kr('decrease', 420, 250, 'ms')],
    ['KR2: Cut weekly incident count from 7 → 2.', kr('decrease', 7, 2)],
    ['KR3: ≥ 95% SLO compliance for 12 consecutive weeks.', atLeast(95, '%')],
    ['KR4: Migrate 80% of services to v2 observability stack.', kr('increase', null, 80, '%')],
  ]),
  ...from('https://www.crexpressinc.com/blog/ai/ultimate-guide-warehouse-kpis', [
    [
      'Dock-to-Stock Time: Measures how quickly goods are ready for use (2–4 hours is ideal).',
      between(2, 4, 'h'),
    ],
    [
      'Inventory Accuracy: Tracks how closely records match physical stock (99.9% is the goal).',
      atLeast(99.9, '%'),
    ],
    ['Picking Accuracy: Ensures orders are picked correctly (aim for 99.9%).', atLeast(99.9, '%')],
    ['On-Time Delivery: Measures delivery reliability (95–98% is standard).', between(95, 98, '%')],
    ['Labor Productivity: Tracks units processed per hour (150–220 UPH for picking).', between(150, 220)],
  ]),
  ...from('https://kpi.pipelinelabs.com.au/logic-card.html', [
    ['B2C Fulfillment Rate: Target 98%', atLeast(98, '%')],
    ['Dock to Stock: Target 95%', atLeast(95, '%')],
    ['Inventory Accuracy: Target 99%', atLeast(99, '%')],
  ]),
  ...from('https://made4net.com/8-kpis-for-an-efficient-warehouse', [
    ['A typically acceptable order fill rate is between 97-98% of the total order.', between(97, 98, '%')],
    ['An order fill rate of 100% is said to be the best in class in the industry.', atLeast(100, '%')],
    [
      'A typically acceptable time frame for order fulfillment is 1-2 days, with best in class being less than 24 hours from the time of order placement until dispatch from the warehouse.',
      between(1, 2, 'd'),
    ],
  ]),
  ...from('https://knecnotes.com/measures-of-efficiency-in-a-warehouse', [
    ['Number of days without an accident;', metricName()],
    ['Percentage of orders dispatched on time;', metricName()],
    ['Cost per pallet stored;', metricName()],
  ]),
  ...from(
    'https://www.messaggeriedelgarda.com/en/comprehensive-kpi-guide-to-evaluating-your-logistics-partner/',
    [
      [
        'On-time good receipt: ratio between the total number of orders loaded in a target time and the total number of orders received.',
        metricName(),
      ],
      [
        'First attempt delivery rate: percentage of successful deliveries on the first attempt.',
        metricName(),
      ],
      [
        'Transit time: time taken to transport goods from the point of origin to the point of destination.',
        metricName(),
      ],
    ],
  ),
  ...from('http://dynamismfactory.com/glossary/oee/', [
    ['World-class OEE is generally considered to be 85% or above.', atLeast(85, '%')],
  ]),
  ...from('https://maintmaster.com/blog/world-class-oee', [
    [
      'In practice, however, 85% is widely accepted as the standard for world class OEE, especially in discrete manufacturing.',
      atLeast(85, '%'),
    ],
  ]),
  ...from('https://leanworx.ai/world-class-oee/', [
    [
      'going from 50% to 60% OEE is more valuable than chasing a global average that may not apply to your shop floor',
      kr('increase', 50, 60, '%'),
    ],
  ]),
  ...from('https://gitnux.org/hospital-kpis/', [
    ['Bed Occupancy Rate (BOR)', metricName()],
    ['Average Length of Stay (ALOS)', metricName()],
    ['Emergency Department (ED) Wait Time', metricName()],
    ['Medication Error Rate', metricName()],
    ['Surgical Complication Rate', metricName()],
    ['Cost per Patient', metricName()],
  ]),
  ...from('http://keyperformanceindicators.info/hospital-kpis/', [
    ['Projected versus actual hospital bed occupancy', metricName()],
    [
      '% of available hospital beds: Percentage of unoccupied hospital beds relative to all available hospital beds.',
      metricName(),
    ],
  ]),
  ...from('https://taxguru.in/finance/analysis-optimization-healthcare-operation.html', [
    ['Staff-To-Patient Ratio', metricName()],
    ['Referral rate from Area doctors', metricName()],
    ['No of Rooms in Use At One Time', metricName()],
  ]),
  ...from('https://www.bluearcher.ch/en/%C3%BCber-okr', [
    ['The new social media campaign is going viral.', objective()],
    ['New members have a great onboarding experience.', objective()],
    ['Customers love our online shop.', objective()],
  ]),
  ...from('https://www.digitalapplied.com/blog/marketing-growth-okrs-2026-goal-setting-framework', [
    ['Launch the rebrand.', milestone()],
    ['Run four webinars.', task],
    ['generate 80 demos', kr('increase', null, 80)],
  ]),
];
