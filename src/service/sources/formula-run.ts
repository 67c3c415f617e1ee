import type { Cadence, DataPoint } from '../../core/model.js';
import { evaluateFormula, parseFormula } from '../../core/source/formula.js';
import { alignByPeriod } from '../../core/source/period-align.js';
import { toIsoDate } from '../../core/time.js';
import type { Store } from '../../store/database.js';
import { keyedRows } from '../../store/keyed.repository.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import { listPoints } from '../data-point.service.js';
import type { SourcePoint } from './source-points.js';
import { SourceRunError } from './source-run-error.js';

/**
 * A formula KPI's points: one per period of its cadence in which every input has a
 * value, stamped at the period's start, computed from each input's latest value of the
 * period. One period that cannot be computed (division by zero) fails the whole run:
 * the error names the period, and nothing is stored.
 */
export async function computeFormula(
  store: Store,
  ws: WorkspaceRow,
  expression: string,
  cadence: Cadence,
): Promise<SourcePoint[]> {
  const ids = (await keyedRows(store.db, 'kpis', ws.id, { includeArchived: false })).map((k) => k.key);
  const parsed = parseFormula(expression, ids);
  if (!parsed.ok) throw new SourceRunError(parsed.problems.map((p) => p.message).join('; '));
  const inputs = new Map<string, readonly DataPoint[]>();
  for (const id of parsed.inputs) inputs.set(id, await listPoints(store, ws.name, id));
  const points: SourcePoint[] = [];
  for (const [period, values] of alignByPeriod(cadence, inputs)) {
    const result = evaluateFormula(parsed, values);
    if (!result.ok) throw new SourceRunError(`${periodName(cadence)} ${toIsoDate(period)}: ${result.error}`);
    points.push({ at: period, value: result.value });
  }
  if (points.length === 0) {
    const empty = parsed.inputs.filter((id) => (inputs.get(id) ?? []).length === 0);
    throw new SourceRunError(
      empty.length > 0
        ? `no values yet for ${empty.join(', ')}; the formula needs every input`
        : `no ${cadence} period has a value for every input (${parsed.inputs.join(', ')})`,
    );
  }
  return points;
}

function periodName(cadence: Cadence): string {
  return { daily: 'day', weekly: 'week of', monthly: 'month of', quarterly: 'quarter of' }[cadence];
}
