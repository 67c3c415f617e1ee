import { atLeast, atMost, by, from, kr, milestone, objective, type SourcedFixture, task } from './expect.js';

/**
 * More real statements for the TUNING part (session 4): a vendor's example OKRs for every
 * department, each objective with its key results and initiatives, quoted with the labels
 * the page gives them ("Annual Objective:", "Key Result:", "Initiative:"). Each expected
 * reading was written before the parser read the statement. An initiative is work (a
 * task) or one thing delivered (a milestone), by what it says.
 */
const change = (amount: number) => ({ change: { amount, relative: true } });

export const REAL_WORLD_TUNING_VIVA: readonly SourcedFixture[] = from(
  'MicrosoftDocs/Viva Viva/solutions/okr-examples.md',
  [
    [
      'Annual Objective: Create a profitable and sustainable company in order to increase annual revenue',
      objective(),
    ],
    ['Annual Key Result: Increase ARR from $12m to $24m', kr('increase', 12e6, 24e6, 'USD')],
    [
      'Quarterly Objective: Increase revenue and optimize sales processes to ensure we reach double annual revenue',
      objective(),
    ],
    [
      'Quarterly Key Result: Increase new product sales from $12m to $15m in Q1',
      kr('increase', 12e6, 15e6, 'USD', { due: '2027-03-31' }),
    ],
    ['Initiative: Develop new sales enablement materials', task],
    [
      'Annual Objective: Build a world class company culture to attract and retain the best employees',
      objective(),
    ],
    [
      'Annual Key Result: Reduce voluntary attrition of our employees from 25% to 10%',
      kr('decrease', 25, 10, '%'),
    ],
    [
      'Quarterly Objective: Improve our DEI commitment to better reflect the local community that we serve',
      objective(),
    ],
    [
      'Quarterly Key Result: Improve the ratio of female applicants from 20% to 30%',
      kr('increase', 20, 30, '%'),
    ],
    [
      'Annual Objective: Elevate our brand presence in order to attract new prospects and create a fiercely loyal customer following',
      objective(),
    ],
    ['Annual Key Result: Achieve 5000 positive G2 reviews', kr('increase', null, 5000)],
    [
      'Quarterly Objective: Increase brand presence among major channels in order to attract new prospects',
      objective(),
    ],
    ['Quarterly Key Result: Get 60K signups by launching new features', kr('increase', null, 60_000)],
    ['Initiative: Develop new social media campaign', task],
    [
      'Objective: Improve our brand presence through media channels to strengthen brand as a leader',
      objective(),
    ],
    ['Key Result: Increase monthly website visitors by 10%', by('increase', 10, true)],
    ['Key Result: Grow social media followers from 50,000 to 75,000', kr('increase', 50_000, 75_000)],
    ['Key Result: Grow NPS score from 7 to 8', kr('increase', 7, 8)],
    ['Initiative: Develop a social media campaign', task],
    ['Initiative: Develop a NPS survey', task],
    ['Objective: Improve our marketing funnel to become the vendor of choice in the industry', objective()],
    ['Key Result: Gain 5% of new customers from top competitors', kr('increase', null, 5, '%')],
    ['Key Result: Acquire 950 new MQLs for sales', kr('increase', null, 950)],
    ['Key Result: Drive $10M in marketing generated pipeline', kr('increase', null, 10e6, 'USD')],
    ['Initiative: Update marketing materials', task],
    [
      'Objective: Improve quality of blog content to establish ourselves as thought leader in the space',
      objective(),
    ],
    ['Key Result: Gain 1,500 new blog subscribers', kr('increase', null, 1500)],
    ['Key Result: Increase content shares and mentions from 200 to 500', kr('increase', 200, 500)],
    ['Initiative: Develop a blog content strategy plan', task],
    [
      'Objective: Drive record-breaking growth in Q4 to increase financial stability',
      objective({ due: '2026-12-31' }),
    ],
    ['Key Result: Increase weekly sales calls from by 25% per AE', by('increase', 25, true)],
    ['Key Result: Generate 3.5M in new mid-enterprise sales pipeline', kr('increase', null, 3_500_000)],
    ['Key Result: Reduce closed/lost opportunities from 100 to 25', kr('decrease', 100, 25)],
    ['Initiative: Create AE job description', task],
    ['Objective: Diversify our sales channels in order to increase global revenue', objective()],
    ['Key Result: Close $500k in new enterprise (ENT) deals', kr('increase', null, 500_000, 'USD')],
    ['Key Result: Close $300k in new mid-market (mm) deals', kr('increase', null, 300_000, 'USD')],
    ['Objective: Move to a territory-focused sales model in order to expand footprint', objective()],
    ['Key Result: 100% of AEs complete their territory strategy presentation', atLeast(100, '%')],
    ['Key Result: Leads per territory are within 20% variance', atMost(20, '%')],
    ['Initiative: Create new territory-focused sales enablement materials', task],
    ['Objective: Provide best-in-class revenue operations in order to support the GTM teams', objective()],
    ['Key Result: Increase pipeline velocity from $30,000 to $45,000', kr('increase', 30_000, 45_000, 'USD')],
    [
      'Key Result: Increase customer and user data unified between Marketo and Salesforce from 80% to 90%',
      kr('increase', 80, 90, '%'),
    ],
    [
      'Key Result: Decrease weekly hours of subscription management manual effort from 3 to 1',
      kr('decrease', 3, 1),
    ],
    ['Objective: Decrease cash burn QoQ in order to keep the company financially stable', objective()],
    [
      'Key Result: Consolidate internal work tools to decrease monthly spend from $12,000 to $8,000',
      kr('decrease', 12_000, 8000, 'USD'),
    ],
    [
      'Key Result: Increase employees working full time from home from 20% to 50% of workforce',
      kr('increase', 20, 50, '%'),
    ],
    ['Key Result: Decrease variable expenses from 8% to 6%', kr('decrease', 8, 6, '%')],
    ['Initiative: Adjust company-wide audit process from quarterly to monthly', task],
    [
      'Objective: Scale company operations efficiently and effectively in order to better serve our customers and employees',
      objective(),
    ],
    [
      'Key Result: Double supply chain capacity from 10,000 to 20,000 units',
      kr('increase', 10_000, 20_000, null, change(100)),
    ],
    ['Key Result: Improve profit margin from 12% to 16%', kr('increase', 12, 16, '%')],
    ['Key Result: Increase employee NPS score to 80%', kr('increase', null, 80, '%')],
    ['Initiative: Build capacity model report for each department', task],
    [
      'Objective: Scale and improve implementation and adoption process in order to accelerate time to value',
      objective(),
    ],
    ['Key Result: 90% of all customers live in 4 weeks', atLeast(90, '%')],
    [
      'Key Result: 90% of customers reach their engagement threshold within two weeks of going live',
      atLeast(90, '%'),
    ],
    ['Key Result: Increase implementation CSAT from 60% to 70%', kr('increase', 60, 70, '%')],
    ['Initiative: Build implementation infrastructure, reporting, and help documentation', task],
    ['Initiative: Refine and document account handoff process with sales', task],
    ['Objective: Drive customer expansion in order to increase profit margins', objective()],
    ['Key Result: Increase customer expansion revenue from $1M to $2M', kr('increase', 1e6, 2e6, 'USD')],
    ['Key Result: 100% of key accounts have a QBR this quarter', atLeast(100, '%', { due: '2026-12-31' })],
    ['Key Result: Increase referral pipeline from 20 to 50 opportunities', kr('increase', 20, 50)],
    ['Initiative: Complete success plan for 100% of key accounts', task],
    ['Initiative: Finalize new QBR deck', milestone()],
    ['Objective: Optimize training process in order to increase product adoption', objective()],
    ['Key Result: Increase customer-facing knowledge base articles from 25 to 100', kr('increase', 25, 100)],
    [
      'Key Result: Double participation at success office hours from 500 to 1,000 people',
      kr('increase', 500, 1000, null, change(100)),
    ],
    ['Initiative: Outline customer events calendar for next two quarters', task],
    [
      'Objective: Deliver a “must have” product in order to delight customers and grow our user base',
      objective(),
    ],
    ['Key Result: Increase our NPS score from 40 to 50', kr('increase', 40, 50)],
    ['Key Result: Increase daily active users (DAUs) from 1,200 to 1,500', kr('increase', 1200, 1500)],
    ['Key Result: Achieve 1,000 downloads in the app store', kr('increase', null, 1000)],
    ['Initiative: Launch mobile version of product', milestone()],
    ['Initiative: Develop bug tracker for mobile complaints', task],
    [
      'Objective: Launch 2.0 version of product in order to fix bugs, refine UI and drive user engagement',
      objective(),
    ],
    ['Key Result: Reduce number of support tickets from 120/month to 30/month', kr('decrease', 120, 30)],
    ['Key Result: Reduce number of steps in check out process from 9 to 6', kr('decrease', 9, 6)],
    ['Initiative: Perform a click study', task],
    ['Initiative: Compile bug report', task],
    [
      'Objective: Ensure a reliable, scalable, and secure online platform to enable successful operations for internal teams and external customers',
      objective(),
    ],
    [
      'Key Result: Increase database security and integrity risk mitigation metrics by 10%',
      by('increase', 10, true),
    ],
    [
      'Key Result: Reduce average response time to customer security and compliance requests from 3 business days to 2',
      kr('decrease', 3, 2, 'd'),
    ],
    ['Initiative: Obtain Service Organization Control 2 Type 1 certification', milestone()],
    ['Objective: Increase employee retention in order to do our best work', objective()],
    ['Key Result: Reduce voluntary attrition from 30% to 10%', kr('decrease', 30, 10, '%')],
    [
      'Key Result: Increase ratio of open positions filled internally vs externally from 30% to 50%',
      kr('increase', 30, 50, '%'),
    ],
    ['Key Result: 100% of our employees have a standardized career plan approved by HR', atLeast(100, '%')],
    ['Initiative: Offer 5 new courses for internal career development', task],
    ['Initiative: Revamp our exit interviews to better capture reasons for leaving', task],
    [
      'Objective: Launch a comprehensive diversity and inclusion program in order to enhance our culture',
      objective(),
    ],
    [
      'Key Result: 90% of our employees give a score of 4 + when asked “our company embraces DEI as part of our DNA”',
      atLeast(90, '%'),
    ],
    [
      'Key Result: Increase company diversity by 10 percentage points to reflect the local community we serve',
      by('increase', 10, false, '%'),
    ],
    // Relabelled by the labelling guide: a bound after a goal verb is the target, not a floor.
    ['Key Result: Score 80% or above on our third-party DEI audit', kr('increase', null, 80, '%')],
    ['Initiative: Hire a Director of DEI', milestone()],
    ['Initiative: Research and select consulting partner to deliver 4 DEI events', task],
    ['Objective: Revamp our employee hiring portal in order to attract the best talent', objective()],
    ['Key Result: Reduce time to hire from 2 months to 1 month', kr('decrease', 2, 1, 'mo')],
    [
      'Key Result: 100% of job postings in Q1 pass the gender-neutral test before going live',
      atLeast(100, '%', { due: '2027-03-31' }),
    ],
    ['Key Result: Increase candidate satisfaction score from 30% to 50%', kr('increase', 30, 50, '%')],
    ['Initiative: Replace current ATS with a modern vendor', milestone()],
    ['Initiative: Train all hiring managers on the new interview process', task],
    ['Objective: Focus on controlling cash burn in order to improve operational efficiency', objective()],
    ['Key Result: Increase company runway from 4 months to 6 months', kr('increase', 4, 6, 'mo')],
    ['Key Result: Reduce budget approval process from 30 days to 20 days', kr('decrease', 30, 20, 'd')],
    ['Key Result: 95% of customers pay their invoices within 30 days', atLeast(95, '%')],
    ['Initiative: Audit past 4 quarterly budgets to improve future budgeting process', task],
    ['Initiative: Create new employee reimbursement process and playbook', task],
    [
      'Objective: Improve book-keeping and accounting operations in order to provide timely and error-free financial results',
      objective(),
    ],
    [
      'Key Result: Reduce time to complete final month-end numbers from 15 days to 10 days',
      kr('decrease', 15, 10, 'd'),
    ],
    [
      'Key Result: Ensure 100% of customer purchase data is synchronized between Salesforce and Stripe',
      atLeast(100, '%'),
    ],
    [
      'Key Result: Reduce average number of required changes to month-end financials after close from 4.1 to 1.5',
      kr('decrease', 4.1, 1.5),
    ],
    ['Initiative: Provide training to all customer support agents on Stripe', task],
    [
      'Initiative: Create a standardized process for account executives to collect account payable in a more secure way',
      task,
    ],
    [
      'Objective: Rebuild company’s salary structure in order to promote equity and fairness across our workforce',
      objective(),
    ],
    [
      'Key Result: Increase employee salary satisfaction rating specifically for compensation from 50% to 75%',
      kr('increase', 50, 75, '%'),
    ],
    ['Key Result: 95% of employees are confirmed into their appropriate salary band', atLeast(95, '%')],
    [
      'Key Result: Reduce discrepancies of salary within same job level from 10% to 7%',
      kr('decrease', 10, 7, '%'),
    ],
    ['Initiative: Conduct industry salary research for latest comparison ranges', task],
    ['Initiative: Present company-wide the new salary structure for transparency', task],
    ['Objective: Revamp website in order to increase customer engagement', objective()],
    ['Key Result: Increase website traffic from 10k to 25k daily visitors', kr('increase', 10_000, 25_000)],
    ['Key Result: Reduce clicks between major pages from 5 to 2', kr('decrease', 5, 2)],
    [
      'Key Result: Increase average time on home page from 52 seconds to 120 seconds',
      kr('increase', 52, 120, 's'),
    ],
    ['Initiative: Add 5 product videos to website', task],
    ['Initiative: A/B test landing page design layout', task],
    ['Objective: Support all requests from marketing and sales', objective()],
    ['Key Result: Increase infographic downloads by 25%', by('increase', 25, true)],
    ['Key Result: Update ad design to increase clicks on ads by 30%', by('increase', 30, true)],
    [
      'Key Result: Decrease average time to completion on new sales enablement asks from 4 weeks to 2 weeks',
      kr('decrease', 4, 2, 'wk'),
    ],
    ['Initiative: Complete 1 e-book for marketing', task],
    ['Initiative: Complete 15 infographics', task],
    ['Objective: Develop customer enablement materials in order to ease product adoption', objective()],
    ['Key Result: Increase number of downloadable assets from 10 to 25', kr('increase', 10, 25)],
    ['Key Result: Rebrand 85% of material in resource library', kr('increase', null, 85, '%')],
    ['Key Result: Increase accessibility to 5 new business verticals', kr('increase', null, 5)],
    ['Initiative: Develop rebranding hex guide for all new material', task],
    ['Initiative: Compile list of existing material for rebranding', task],
  ],
);
