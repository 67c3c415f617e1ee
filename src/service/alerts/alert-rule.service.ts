import {
  formatAlertFor,
  formatAlertRepeat,
  parseAlertFor,
  parseAlertRepeat,
} from '../../core/alert/alert-for.js';
import type { Store } from '../../store/database.js';
import { setAlertTiming } from '../../store/kpi-alert.repository.js';
import type { ChangeContext } from '../change-context.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { activeKpiRef } from '../kpi-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';

/** A KPI's own alert timing as text ("3 points", "4h"); null takes the default. */
export interface AlertTiming {
  readonly for: string | null;
  readonly repeat: string | null;
}

/**
 * Checks and canonicalises an alert timing with the one rule in core/alert; returns the
 * canonical texts or the issues, each naming its field.
 */
export function canonicalTiming(input: AlertTiming): AlertTiming | ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let alertFor: string | null = null;
  let repeat: string | null = null;
  if (input.for !== null) {
    const reading = parseAlertFor(input.for);
    if ('error' in reading) issues.push({ path: 'for', message: reading.error });
    else alertFor = formatAlertFor(reading.value);
  }
  if (input.repeat !== null) {
    const reading = parseAlertRepeat(input.repeat);
    if ('error' in reading) issues.push({ path: 'repeat', message: reading.error });
    else repeat = formatAlertRepeat(reading.value);
  }
  return issues.length > 0 ? issues : { for: alertFor, repeat };
}

/**
 * Sets how long a KPI must stay out of range before its alert fires (and back in before
 * it resolves), and how often a still-firing alert is told again. Returns what is stored.
 */
export async function setKpiAlertTiming(
  store: Store,
  workspace: string,
  kpiKey: string,
  input: AlertTiming,
  change: ChangeContext,
): Promise<AlertTiming> {
  const timing = canonicalTiming(input);
  if (Array.isArray(timing)) throw new ValidationError('The alert rule is not valid.', timing);
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const kpi = await activeKpiRef(uow.trx, uow.workspace.id, kpiKey);
    await setAlertTiming(uow.trx, {
      kpi_id: kpi.id,
      workspace_id: uow.workspace.id,
      alert_for: timing.for,
      repeat_every: timing.repeat,
      evaluated_at: uow.at,
    });
    await uow.audit({ entity: 'kpi', entityId: kpiKey, action: 'set_alert_for', after: timing });
    uow.touched('kpi', kpiKey);
  });
  return timing;
}
