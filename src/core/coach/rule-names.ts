/**
 * The name each coach rule goes by in words people read (issue 9, item 8: no rule ids in
 * text). The id stays stable for filters and scripts; this is what a page shows.
 */
const RULE_NAMES: Readonly<Record<string, string>> = {
  'guardrail-breached': 'A guardrail KPI is breached',
  'kpi-no-threshold': 'KPI without a healthy range',
  'kpis-without-okrs': 'KPIs no OKR works on',
  'kr-binary': 'Key result is done or not done',
  'kr-count': 'Too many or too few key results',
  'kr-is-kpi': 'Key result only keeps a KPI healthy',
  'kr-is-task': 'Key result reads like a task',
  'kr-no-baseline': 'Key result without a baseline',
  'no-owner': 'No owner',
  'noise-kpi': 'Change within the KPI’s usual noise',
  'objective-is-metric': 'Objective reads like a metric',
  'okrs-without-kpis': 'OKRs measured by no KPI',
  'stale-kpi': 'KPI not updated',
  'too-many-kpis': 'Too many KPIs',
  'too-many-objectives': 'Too many objectives',
  'unanswered-breach': 'Breach with no answer',
  'vanity-metric': 'Vanity metric',
};

/** "Breach with no answer" for `unanswered-breach`; an unknown id reads as words. */
export function ruleName(id: string): string {
  const name = RULE_NAMES[id];
  if (name) return name;
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
