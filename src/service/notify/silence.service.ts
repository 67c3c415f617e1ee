import type { Store } from '../../store/database.js';
import { deleteSilence, saveSilence, silenceInForce } from '../../store/kpi-silence.repository.js';
import type { ChangeContext } from '../change-context.js';
import { ValidationError } from '../errors.js';
import { activeKpiRef } from '../kpi-ref.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';

/** A KPI's snooze: no email, Slack or Teams notice about it until `until`. */
export interface Silence {
  readonly until: number;
  readonly reason: string;
  readonly by: string;
  readonly at: number;
}

/**
 * Silences a KPI's notices until a time, with a reason (shown on the KPI). Alerts still
 * change state and are stored, and webhooks — integrations, not people — still get them.
 */
export async function silenceKpi(
  store: Store,
  workspace: string,
  kpiKey: string,
  input: { readonly until: number; readonly reason: string },
  change: ChangeContext,
): Promise<Silence> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    if (input.until <= uow.at) {
      throw new ValidationError('This silence cannot be saved:', [
        { path: 'until', message: 'give an end time in the future' },
      ]);
    }
    if (input.reason.trim() === '') {
      throw new ValidationError('This silence cannot be saved:', [
        { path: 'reason', message: 'say why it is silenced, for whoever sees it next' },
      ]);
    }
    const kpi = await activeKpiRef(uow.trx, uow.workspace.id, kpiKey);
    const row = {
      kpi_id: kpi.id,
      workspace_id: uow.workspace.id,
      until: input.until,
      reason: input.reason.trim(),
      created_by: change.actor,
      created_at: uow.at,
    };
    await saveSilence(uow.trx, row);
    const silence = { until: row.until, reason: row.reason, by: row.created_by, at: row.created_at };
    await uow.audit({ entity: 'kpi', entityId: kpiKey, action: 'silence', after: silence });
    uow.touched('kpi', kpiKey);
    return silence;
  });
}

export async function unsilenceKpi(
  store: Store,
  workspace: string,
  kpiKey: string,
  change: ChangeContext,
): Promise<void> {
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const kpi = await activeKpiRef(uow.trx, uow.workspace.id, kpiKey);
    await deleteSilence(uow.trx, kpi.id);
    await uow.audit({ entity: 'kpi', entityId: kpiKey, action: 'unsilence' });
    uow.touched('kpi', kpiKey);
  });
}

/** The KPI's silence in force at `now`, if any. */
export async function silenceOf(
  store: Store,
  workspace: string,
  kpiKey: string,
  now: number,
): Promise<Silence | null> {
  const ws = await resolveWorkspace(store.db, workspace);
  const kpi = await activeKpiRef(store.db, ws.id, kpiKey);
  const row = await silenceInForce(store.db, kpi.id, now);
  return row
    ? { until: Number(row.until), reason: row.reason, by: row.created_by, at: Number(row.created_at) }
    : null;
}
