import { parseAlertFor, parseAlertRepeat } from '../../core/alert/alert-for.js';
import { repeatIntervalOf, repeatNoticeDue } from '../../core/alert/alert-repeat.js';
import {
  type AlertRule,
  type AlertSeverity,
  type AlertState,
  type AlertStateName,
  type AlertTransition,
  firesAnew,
  NO_DATA,
  replayAlert,
} from '../../core/alert/alert-state.js';
import type { Cadence } from '../../core/model.js';
import type { Store } from '../../store/database.js';
import {
  alertedKpiRows,
  alertRows,
  appendAlertTransitions,
  pointsAfter,
  saveAlertRows,
  takeTurnsEvaluating,
} from '../../store/kpi-alert.repository.js';
import type { KpiAlertRow } from '../../store/kpi-alert.table.js';
import { workspaceAlertRepeatMs } from '../workspace-settings.service.js';
import { inWorkspaceWrite, type UnitOfWork } from '../write/unit-of-work.js';

/** The actor alert evaluation writes as; its own changes never trigger another evaluation. */
export const ALERT_ACTOR = 'system:alerts';

/**
 * Brings the alert state of these KPIs (all of the workspace's when `kpiKeys` is omitted)
 * up to `now`: the points recorded since the last evaluation run through the state
 * machine, then the clock (for `for` durations and staleness). Every transition is stored
 * and told as domain events after commit: `kpi.alert` for each, `kpi.breached` when an
 * alert fires, `kpi.recovered` when it resolves, and `kpi.still_firing` when an alert
 * has been firing for its repeat interval since it was last told.
 */
export async function evaluateAlerts(
  store: Store,
  workspace: string,
  now: number,
  kpiKeys?: readonly string[],
): Promise<number> {
  return inWorkspaceWrite(store, workspace, { actor: ALERT_ACTOR, at: now }, async (uow) => {
    if (kpiKeys?.length === 0) return 0;
    const kpis = await alertedKpiRows(uow.trx, uow.workspace.id, kpiKeys);
    await takeTurnsEvaluating(
      uow.trx,
      kpis.map((k) => k.id),
    );
    const stored = new Map(
      (
        await alertRows(
          uow.trx,
          kpis.map((k) => k.id),
        )
      ).map((row) => [row.kpi_id, row]),
    );
    const changed: KpiAlertRow[] = [];
    const workspaceRepeat = workspaceAlertRepeatMs(uow.workspace);
    let count = 0;
    for (const kpi of kpis) {
      const row = stored.get(kpi.id);
      const alertFor = row?.alert_for ? parseAlertFor(row.alert_for) : undefined;
      const ownRepeat = row?.repeat_every ? parseAlertRepeat(row.repeat_every) : undefined;
      const repeatMs = repeatIntervalOf(
        ownRepeat && 'value' in ownRepeat ? ownRepeat.value : undefined,
        workspaceRepeat,
      );
      const rule: AlertRule = {
        cadence: kpi.cadence as Cadence,
        ...bounds('healthy', kpi.healthy_min, kpi.healthy_max),
        ...bounds('warning', kpi.warning_min, kpi.warning_max),
        ...(alertFor && 'value' in alertFor ? { for: alertFor.value } : {}),
      };
      const before = row ? stateOf(row) : NO_DATA;
      const points = await pointsAfter(uow.trx, kpi.id, before.lastPointAt);
      const { state, transitions } = replayAlert(rule, before, points, now);
      const fired = transitions.some(firesAnew);
      const repeat = !fired && repeatNoticeDue(state, row?.notified_at ?? null, repeatMs, now);
      const notifiedAt = fired || repeat ? now : (row?.notified_at ?? null);
      if (!row || !sameState(before, state) || notifiedAt !== row.notified_at)
        changed.push(rowOf(kpi.id, uow.workspace.id, row, state, now, notifiedAt));
      if (repeat) tellStillFiring(uow, { key: kpi.key, name: kpi.name, rule }, state);
      if (transitions.length === 0) continue;
      const recorded = await appendAlertTransitions(
        uow.trx,
        transitions.map((t) => ({
          workspace_id: uow.workspace.id,
          kpi_id: kpi.id,
          at: t.at,
          from_state: t.from,
          to_state: t.to,
          severity: t.severity,
          cause: t.cause.kind,
          value: t.cause.value ?? null,
          recorded_at: now,
        })),
      );
      // Only what is new on record is told: a transition is one fact, told once.
      const told = transitions.filter((t) =>
        recorded.some((r) => r.at === t.at && r.from_state === t.from && r.to_state === t.to),
      );
      count += told.length;
      if (told.length > 0) tell(uow, { key: kpi.key, name: kpi.name, rule }, told);
    }
    await saveAlertRows(uow.trx, changed);
    return count;
  });
}

function tell(
  uow: UnitOfWork,
  kpi: { readonly key: string; readonly name: string; readonly rule: AlertRule },
  transitions: readonly AlertTransition[],
): void {
  uow.touched('kpi', kpi.key);
  for (const t of transitions) {
    const data = {
      kpi: kpi.key,
      name: kpi.name,
      from: t.from,
      to: t.to,
      severity: t.severity,
      at: t.at,
      cause: t.cause.kind,
      value: t.cause.value ?? null,
      healthy: kpi.rule.healthy ?? null,
      warning: kpi.rule.warning ?? null,
    };
    uow.emit('kpi.alert', data);
    if (firesAnew(t)) uow.emit('kpi.breached', data);
    if (t.to === 'normal' && t.from === 'recovering') uow.emit('kpi.recovered', data);
  }
}

/** The repeat notice: the alert is still firing, told again with when it began. */
function tellStillFiring(
  uow: UnitOfWork,
  kpi: { readonly key: string; readonly name: string; readonly rule: AlertRule },
  state: AlertState,
): void {
  uow.emit('kpi.still_firing', {
    kpi: kpi.key,
    name: kpi.name,
    from: 'firing',
    to: 'firing',
    severity: state.severity,
    at: uow.at,
    since: state.since,
    cause: 'still_firing',
    value: state.lastValue,
    healthy: kpi.rule.healthy ?? null,
    warning: kpi.rule.warning ?? null,
  });
}

function bounds(name: 'healthy' | 'warning', min: number | null, max: number | null) {
  if (min === null && max === null) return {};
  return { [name]: { ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) } };
}

export function stateOf(row: KpiAlertRow): AlertState {
  return {
    state: row.state as AlertStateName,
    severity: row.severity as AlertSeverity | null,
    since: row.since,
    runStart: row.run_start,
    runPoints: row.run_points,
    lastPointAt: row.last_point_at,
    lastValue: row.last_value,
    beforeStale: row.before_stale as AlertStateName | null,
  };
}

function rowOf(
  kpiId: number,
  workspaceId: number,
  stored: KpiAlertRow | undefined,
  s: AlertState,
  now: number,
  notifiedAt: number | null,
): KpiAlertRow {
  return {
    kpi_id: kpiId,
    workspace_id: workspaceId,
    alert_for: stored?.alert_for ?? null,
    repeat_every: stored?.repeat_every ?? null,
    notified_at: notifiedAt,
    state: s.state,
    severity: s.severity,
    since: s.since,
    run_start: s.runStart,
    run_points: s.runPoints,
    last_point_at: s.lastPointAt,
    last_value: s.lastValue,
    before_stale: s.beforeStale,
    evaluated_at: now,
  };
}

function sameState(a: AlertState, b: AlertState): boolean {
  return (
    a.state === b.state &&
    a.severity === b.severity &&
    a.since === b.since &&
    a.runStart === b.runStart &&
    a.runPoints === b.runPoints &&
    a.lastPointAt === b.lastPointAt &&
    a.lastValue === b.lastValue &&
    a.beforeStale === b.beforeStale
  );
}
