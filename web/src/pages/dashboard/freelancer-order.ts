// A freelancer's home puts income and utilisation first (users.md: "Freelancers are
// people too": income, utilisation, pipeline, repeat clients).
const FIRST = [/income|revenue|earn|invoic|mrr|retainer|rate\b|billing/i, /utili[sz]ation|billable/i];

function rank(kpi: { readonly name: string }): number {
  const i = FIRST.findIndex((re) => re.test(kpi.name));
  return i === -1 ? FIRST.length : i;
}

export function freelancerOrder<K extends { readonly name: string }>(kpis: readonly K[]): K[] {
  return [...kpis].sort((a, b) => rank(a) - rank(b));
}

/** Income and utilisation KPIs (shown first, larger), and the rest in their order. */
export function freelancerSplit<K extends { readonly name: string }>(
  kpis: readonly K[],
): { readonly money: K[]; readonly others: K[] } {
  const ordered = freelancerOrder(kpis);
  return {
    money: ordered.filter((k) => rank(k) < FIRST.length),
    others: ordered.filter((k) => rank(k) === FIRST.length),
  };
}
