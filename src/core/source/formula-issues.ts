import { parseFormula } from './formula.js';
import { formulaCycles } from './formula-cycles.js';
import type { KpiSource } from './kpi-source.js';

export interface FormulaIssue {
  readonly kpi: string;
  readonly message: string;
}

/**
 * The formula rules over a whole set of KPIs (docs/sources.md): every formula reads, it
 * names only KPIs of the set, and no formula reads itself through others. The workspace
 * file reports the same rules with positions; this serves callers that build KPIs in code.
 */
export function formulaIssues(
  kpis: readonly { readonly id: string; readonly source?: KpiSource }[],
): FormulaIssue[] {
  const ids = kpis.map((k) => k.id);
  const issues: FormulaIssue[] = [];
  const inputsOf = new Map<string, readonly string[]>();
  for (const kpi of kpis) {
    if (kpi.source?.kind !== 'formula') continue;
    const parsed = parseFormula(kpi.source.expression, ids);
    if (parsed.ok) inputsOf.set(kpi.id, parsed.inputs);
    else for (const p of parsed.problems) issues.push({ kpi: kpi.id, message: p.message });
  }
  for (const loop of formulaCycles(inputsOf)) {
    for (const id of new Set(loop)) {
      issues.push({ kpi: id, message: `formulas read each other in a loop: ${loop.join(' → ')}` });
    }
  }
  return issues;
}
