import type { DecisionRecord } from '../../service/records.js';

export function presentDecision(d: DecisionRecord) {
  return {
    id: d.id,
    kpi: d.kpi,
    at: new Date(d.at).toISOString(),
    by: d.by,
    text: d.text,
    objective: d.objective ?? null,
    version: d.version,
  };
}
