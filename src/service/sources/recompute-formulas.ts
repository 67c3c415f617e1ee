import { parseFormula } from '../../core/source/formula.js';
import { dependentFormulas } from '../../core/source/formula-cycles.js';
import type { Store } from '../../store/database.js';
import { keyedRows } from '../../store/keyed.repository.js';
import { workspaceSources } from '../../store/kpi-source.repository.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import { runSource, type SourceWithKpi } from './run-source.js';

/**
 * Recomputes the formula KPIs that read `changed` KPIs (and the formulas that read
 * those), each after the formulas it reads. Called on the ingest path once new values
 * have committed, so a formula is current the moment its inputs are. A formula KPI's
 * own run ingests its points, which reaches here again for the formulas over it, so
 * only the direct readers run at each step. Formulas in a loop never run (they are
 * refused when saved; a loop here could only come from a later rename).
 */
export async function recomputeFormulas(
  store: Store,
  ws: WorkspaceRow,
  changed: readonly string[],
  now: number,
): Promise<void> {
  const formulas = await workspaceSources(store.db, ws.id, 'formula');
  if (formulas.length === 0) return;
  const ids = (await keyedRows(store.db, 'kpis', ws.id, { includeArchived: false })).map((k) => k.key);
  const inputsOf = new Map<string, readonly string[]>();
  for (const f of formulas) {
    const parsed = parseFormula((JSON.parse(f.spec) as { expression: string }).expression, ids);
    inputsOf.set(f.kpi_key, parsed.ok ? parsed.inputs : []);
  }
  const direct = dependentFormulas(inputsOf, changed).filter((id) =>
    (inputsOf.get(id) ?? []).some((input) => changed.includes(input)),
  );
  for (const id of direct) {
    const source = formulas.find((f) => f.kpi_key === id) as SourceWithKpi;
    await runSource(store, ws, source, { now });
  }
}
