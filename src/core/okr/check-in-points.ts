import type { DataPoint, Workspace } from '../model.js';

/**
 * domain.md, "KPI-linked key result": a check-in on a key result linked to a KPI records
 * its value as a point of that KPI (source `check-in`). A workspace file may hold such
 * check-ins without the points (written by hand, or before the rule); this adds each one
 * the KPI lacks, so a file reads as the store does. A point already at that instant wins.
 */
export function withCheckInPoints(ws: Workspace): Workspace {
  const added = new Map<string, DataPoint[]>();
  const kpis = new Map(ws.kpis.map((k) => [k.id, new Set(k.points.map((p) => p.at))]));
  for (const objective of ws.objectives) {
    for (const kr of objective.keyResults) {
      const taken = kr.kpi === undefined ? undefined : kpis.get(kr.kpi);
      if (!taken || kr.kpi === undefined) continue;
      for (const c of kr.checkIns) {
        if (taken.has(c.at)) continue;
        taken.add(c.at);
        const points = added.get(kr.kpi) ?? [];
        points.push({
          at: c.at,
          value: c.value,
          source: 'check-in',
          ...(c.note !== undefined && { note: c.note }),
        });
        added.set(kr.kpi, points);
      }
    }
  }
  if (added.size === 0) return ws;
  return {
    ...ws,
    kpis: ws.kpis.map((k) => {
      const extra = added.get(k.id);
      return extra ? { ...k, points: [...k.points, ...extra] } : k;
    }),
  };
}
