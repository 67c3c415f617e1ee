import type { DashboardKpi } from '../../api/types.js';

// A freelancer's home puts income and utilisation first (users.md: "Freelancers are
// people too"), then whatever needs an answer.
const FIRST = [/income|revenue|earn|invoice|mrr|retainer/i, /utili[sz]ation|billable/i];

function rank(kpi: DashboardKpi): number {
  const i = FIRST.findIndex((re) => re.test(kpi.name));
  return i === -1 ? FIRST.length : i;
}

export function freelancerOrder(kpis: readonly DashboardKpi[]): DashboardKpi[] {
  return [...kpis].sort((a, b) => rank(a) - rank(b));
}
