import { type FormatOptions, formatValue } from '../format.js';
import { type PreparedKpi, prepareKpi } from '../kpi/prepared-kpi.js';
import type { Instant, KeyResult, Kpi, Range, Workspace } from '../model.js';
import { evaluateKeyResult } from '../okr/evaluate-key-result.js';
import { spanOf } from '../okr/expected-progress.js';
import { inSentence } from './in-sentence.js';

/** A suggestion to lock in an achieved KR as the KPI's new standard. */
export interface RatchetProposal {
  readonly kpi: string;
  readonly keyResult: string;
  readonly objective: string;
  readonly cycle: string;
  readonly from: Range;
  readonly to: Range;
  /** Says what accepting it does. */
  readonly message: string;
}

/**
 * domain.md, "Ratchet at close": each KR linked to a KPI that ended achieved, with a
 * target stricter than the KPI's healthy bound, proposes moving that bound to the
 * target. A decreasing KR tightens the maximum, an increasing one the minimum. Nothing is
 * proposed while the cycle is still open, for a bound already as strict, for a KR whose
 * ratchet is already in the KPI's threshold history, or when the move would leave the
 * range empty. Accepting a proposal is a recorded decision (the caller's job).
 */
export function ratchetProposals(
  ws: Workspace,
  cycleId: string,
  asOf: Instant,
  prepared?: ReadonlyMap<string, PreparedKpi>,
): RatchetProposal[] {
  const cycle = ws.cycles.find((c) => c.id === cycleId);
  const span = spanOf(cycle);
  if (!span || asOf < span.end) return [];
  const kpis = new Map(ws.kpis.map((k) => [k.id, k]));
  const proposals: RatchetProposal[] = [];
  for (const objective of ws.objectives) {
    if (objective.cycle !== cycleId) continue;
    for (const kr of objective.keyResults) {
      const kpi = kr.kpi === undefined ? undefined : kpis.get(kr.kpi);
      if (!kpi?.healthy || kr.milestone) continue;
      if (kpi.thresholdHistory?.some((change) => change.keyResult === kr.id)) continue;
      const to = tightenedRange(kr, kpi.healthy);
      if (!to) continue;
      const preparedKpi = prepared?.get(kpi.id) ?? prepareKpi(kpi);
      const evaluation = evaluateKeyResult(kr, span, asOf, new Map([[kpi.id, preparedKpi]]));
      if (evaluation.status !== 'achieved') continue;
      proposals.push({
        kpi: kpi.id,
        keyResult: kr.id,
        objective: objective.id,
        cycle: cycleId,
        from: kpi.healthy,
        to,
        message: proposalMessage(kpi, kr, kpi.healthy, to, { locale: ws.locale, currency: ws.currency }),
      });
    }
  }
  return proposals;
}

/** The healthy range with the KR's target as its new bound, or `undefined` if not stricter. */
export function tightenedRange(kr: KeyResult, healthy: Range): Range | undefined {
  const { baseline, target } = kr;
  if (target === undefined || baseline === undefined || !Number.isFinite(target) || target === baseline) {
    return undefined;
  }
  if (target < baseline) {
    if (healthy.max === undefined || target >= healthy.max) return undefined;
    if (healthy.min !== undefined && target < healthy.min) return undefined;
    return { ...healthy, max: target };
  }
  if (healthy.min === undefined || target <= healthy.min) return undefined;
  if (healthy.max !== undefined && target > healthy.max) return undefined;
  return { ...healthy, min: target };
}

function proposalMessage(kpi: Kpi, kr: KeyResult, from: Range, to: Range, format: FormatOptions): string {
  const which = to.max !== from.max ? 'maximum' : 'minimum';
  const before = formatValue((which === 'maximum' ? from.max : from.min) as number, kpi.unit, format);
  const after = formatValue((which === 'maximum' ? to.max : to.min) as number, kpi.unit, format);
  return `"${kr.title}" was achieved: move the healthy ${which} of ${inSentence(kpi.name)} from ${before} to ${after} so the new standard holds.`;
}
