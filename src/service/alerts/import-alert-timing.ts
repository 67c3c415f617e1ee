import type { Kysely } from 'kysely';
import { formatAlertFor, formatAlertRepeat } from '../../core/alert/alert-for.js';
import type { Workspace } from '../../core/model.js';
import type { NewAuditEntry } from '../../store/audit-log.repository.js';
import { setAlertTiming, workspaceAlertTimings } from '../../store/kpi-alert.repository.js';
import type { Database } from '../../store/tables.js';

/**
 * Makes each KPI's stored alert timing (`for`, the repeat interval) equal to the file's:
 * a KPI without `alert` goes back to the defaults. Only changes are written and audited.
 */
export async function syncAlertTimings(
  trx: Kysely<Database>,
  wsId: number,
  ws: Workspace,
  kpiIds: ReadonlyMap<string, number>,
  audit: { entries: NewAuditEntry[]; actor: string; at: number },
): Promise<void> {
  const stored = new Map((await workspaceAlertTimings(trx, wsId)).map((t) => [t.kpi_id, t]));
  for (const kpi of ws.kpis) {
    const kpiId = kpiIds.get(kpi.id);
    if (kpiId === undefined) continue;
    const alertFor = kpi.alert?.for ? formatAlertFor(kpi.alert.for) : null;
    const repeat = kpi.alert?.repeat === undefined ? null : formatAlertRepeat(kpi.alert.repeat);
    const was = stored.get(kpiId);
    if ((was?.alert_for ?? null) === alertFor && (was?.repeat_every ?? null) === repeat) continue;
    await setAlertTiming(trx, {
      kpi_id: kpiId,
      workspace_id: wsId,
      alert_for: alertFor,
      repeat_every: repeat,
      evaluated_at: audit.at,
    });
    audit.entries.push({
      workspace_id: wsId,
      actor: audit.actor,
      at: audit.at,
      entity: 'kpi',
      entity_id: kpi.id,
      action: 'set_alert_for',
      after: { for: alertFor, repeat },
    });
  }
}
