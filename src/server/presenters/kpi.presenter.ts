import type { DataPoint, Kpi } from '../../core/model.js';

/** Every field of a KPI the API sends. Points are listed apart (`/kpis/{id}/points`). */
export function presentKpi(kpi: Kpi, version: number) {
  const latest = kpi.points.reduce<DataPoint | undefined>(
    (l, p) => (l === undefined || p.at >= l.at ? p : l),
    undefined,
  );
  return {
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit ?? null,
    owner: kpi.owner ?? null,
    team: kpi.team ?? null,
    cadence: kpi.cadence,
    healthy: kpi.healthy ? { ...kpi.healthy } : null,
    warning: kpi.warning ? { ...kpi.warning } : null,
    latest: latest ? { at: new Date(latest.at).toISOString(), value: latest.value } : null,
    pointCount: kpi.points.length,
    thresholdHistory: (kpi.thresholdHistory ?? []).map((change) => ({
      at: new Date(change.at).toISOString(),
      from: { ...change.from },
      to: { ...change.to },
      keyResult: change.keyResult ?? null,
      reason: change.reason ?? null,
    })),
    version,
  };
}

export function presentPoint(point: DataPoint) {
  return {
    at: new Date(point.at).toISOString(),
    value: point.value,
    note: point.note ?? null,
    source: point.source ?? null,
  };
}
