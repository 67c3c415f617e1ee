import type { KpiSourceView } from '../../service/sources/source-runs.service.js';

/** Every field of a KPI's source view sent to clients; secrets are already `<secret>`. */
export function presentSourceView(view: KpiSourceView) {
  return {
    ...(view.source ? { source: { ...view.source } } : {}),
    runs: view.runs.map((r) => ({
      at: r.at,
      finishedAt: r.finishedAt,
      status: r.status,
      ...(r.value !== undefined ? { value: r.value } : {}),
      points: r.points,
      ...(r.error !== undefined ? { error: r.error } : {}),
    })),
  };
}
