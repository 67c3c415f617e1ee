import { formatAlertFor, parseAlertFor } from '../../core/alert/alert-for.js';
import type { Store } from '../../store/database.js';
import { setAlertFor } from '../../store/kpi-alert.repository.js';
import type { ChangeContext } from '../change-context.js';
import { ValidationError } from '../errors.js';
import { activeKpiRef } from '../kpi-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';

/**
 * Sets how long a KPI must stay out of range before its alert fires (and back in before
 * it resolves): "3 points", "36h"; null returns to the default, one cadence period.
 * Returns the canonical text stored.
 */
export async function setKpiAlertFor(
  store: Store,
  workspace: string,
  kpiKey: string,
  text: string | null,
  change: ChangeContext,
): Promise<string | null> {
  let canonical: string | null = null;
  if (text !== null) {
    const reading = parseAlertFor(text);
    if ('error' in reading)
      throw new ValidationError('The alert rule is not valid.', [{ path: 'for', message: reading.error }]);
    canonical = formatAlertFor(reading.value);
  }
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const kpi = await activeKpiRef(uow.trx, uow.workspace.id, kpiKey);
    await setAlertFor(uow.trx, {
      kpi_id: kpi.id,
      workspace_id: uow.workspace.id,
      alert_for: canonical,
      evaluated_at: uow.at,
    });
    await uow.audit({ entity: 'kpi', entityId: kpiKey, action: 'set_alert_for', after: { for: canonical } });
    uow.touched('kpi', kpiKey);
  });
  return canonical;
}
