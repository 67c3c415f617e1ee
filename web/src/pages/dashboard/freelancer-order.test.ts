import { describe, expect, it } from 'vitest';
import { freelancerOrder, freelancerSplit } from './freelancer-order.js';

const names = (kpis: readonly { name: string }[]) => kpis.map((k) => k.name);
const kpis = [
  { name: 'Pipeline value' },
  { name: 'Billable utilisation' },
  { name: 'Repeat clients' },
  { name: 'Monthly income' },
];

describe("a freelancer's home", () => {
  it('puts income first, then utilisation, then the rest in their own order', () => {
    expect(names(freelancerOrder(kpis))).toEqual([
      'Monthly income',
      'Billable utilisation',
      'Pipeline value',
      'Repeat clients',
    ]);
  });

  it('features income and utilisation apart from the other KPIs', () => {
    const { money, others } = freelancerSplit(kpis);
    expect(names(money)).toEqual(['Monthly income', 'Billable utilisation']);
    expect(names(others)).toEqual(['Pipeline value', 'Repeat clients']);
  });

  it('reads American spelling and retainer revenue as the same money', () => {
    expect(names(freelancerSplit([{ name: 'Retainer revenue' }, { name: 'Utilization' }]).money)).toEqual([
      'Retainer revenue',
      'Utilization',
    ]);
  });
});
