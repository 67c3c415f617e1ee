import { parseAlertFor, parseAlertRepeat } from '../core/alert/alert-for.js';
import type {
  CheckIn,
  DataPoint,
  DataSource,
  Initiative,
  KeyResult,
  Kpi,
  KpiAlertSettings,
  Objective,
  Workspace,
} from '../core/model.js';
import {
  type CheckInTuple,
  checkInsByKeyResult,
  childRows,
  initiativeLinkRows,
} from '../store/child.repository.js';
import { type PointColumns, workspacePointColumns } from '../store/data-point.repository.js';
import type { Store } from '../store/database.js';
import { fromDbBoolean } from '../store/dialect.js';
import { keyedRows } from '../store/keyed.repository.js';
import { workspaceAlertTimings } from '../store/kpi-alert.repository.js';
import type { KpiAlertRow } from '../store/kpi-alert.table.js';
import { workspaceSources } from '../store/kpi-source.repository.js';
import { guardrailRows } from '../store/objective-guardrail.repository.js';
import { parentRows } from '../store/objective-parent.repository.js';
import {
  asCadence,
  asInitiativeStatus,
  asObjectiveType,
  keyLookup,
  optional,
  toCycle,
  toDecision,
  toPerson,
  toRange,
  toTeam,
  toThresholdChange,
} from './mappers.js';
import { secretsFor } from './secrets/server-secrets.js';
import { openSpec } from './sources/source-spec.js';
import { resolveWorkspace } from './workspace-ref.js';
import { workspaceAlertRepeatMs } from './workspace-settings.service.js';

/**
 * The workspace as the store holds it, in the shape the file gave: the same records in
 * the same order (data points in time order), archived records left out. Reads in one
 * transaction so a concurrent import never shows half of itself.
 *
 * `name` may be the workspace's name or slug; without it the database's only workspace.
 * KPI sources come with their secrets shown as `<secret>` unless `includeSecrets`.
 */
export async function loadWorkspace(
  store: Store,
  name?: string,
  options: { readonly includeSecrets?: boolean } = {},
): Promise<Workspace> {
  const box = options.includeSecrets ? () => secretsFor(store) : undefined;
  return store.db.transaction().execute(async (trx) => {
    const ws = await resolveWorkspace(trx, name);
    const active = { includeArchived: false };
    const [everyone, teams, cycles, kpis, objectives, keyResults, initiatives] = await Promise.all([
      keyedRows(trx, 'people', ws.id, { includeArchived: true }),
      keyedRows(trx, 'teams', ws.id, active),
      keyedRows(trx, 'cycles', ws.id, active),
      keyedRows(trx, 'kpis', ws.id, active),
      keyedRows(trx, 'objectives', ws.id, active),
      keyedRows(trx, 'key_results', ws.id, active),
      keyedRows(trx, 'initiatives', ws.id, active),
    ]);
    const [thresholds, decisions, checkIns, links, points, guardrails, parentLinks, timings] =
      await Promise.all([
        childRows(trx, 'threshold_changes', ws.id, active),
        childRows(trx, 'decisions', ws.id, active),
        checkInsByKeyResult(trx, ws.id),
        initiativeLinkRows(trx, ws.id),
        workspacePointColumns(trx, ws.id),
        guardrailRows(trx, ws.id),
        parentRows(trx, ws.id),
        workspaceAlertTimings(trx, ws.id),
      ]);
    const alertOf = new Map(timings.map((t) => [t.kpi_id, toAlertSettings(t)]));
    const sources = new Map(
      (await workspaceSources(trx, ws.id)).map((s) => [s.kpi_id, openSpec(s.spec, box)]),
    );
    const kpiKey = keyLookup(kpis);
    // Decisions on archived KPIs are not part of the file; the people who left stay only
    // where a decision in it still names them.
    const listed = decisions.filter((d) => kpiKey(d.kpi_id) !== undefined);
    const deciders = new Set(listed.map((d) => d.decided_by));
    const people = everyone.filter((p) => p.archived_at === null || deciders.has(p.key));
    const personKey = keyLookup(people);
    const teamKey = keyLookup(teams);
    const cycleKey = keyLookup(cycles);
    const objectiveKey = keyLookup(objectives);
    const keyResultKey = keyLookup(keyResults);

    const thresholdsOf = groupBy(
      thresholds,
      (t) => t.kpi_id,
      (t) => toThresholdChange(t, keyResultKey),
    );
    const linksOf = groupBy(
      links,
      (l) => l.initiative_id,
      (l) => keyResultKey(l.key_result_id),
    );
    const guardrailsOf = groupBy(
      guardrails,
      (g) => g.objective_id,
      (g) => kpiKey(g.kpi_id),
    );
    const parentsOf = groupBy(
      parentLinks,
      (p) => p.objective_id,
      (p) => objectiveKey(p.parent_id),
    );
    const keyResultsOf = groupBy(
      keyResults,
      (kr) => kr.objective_id,
      (kr): KeyResult => ({
        id: kr.key,
        title: kr.title,
        ...optional('owner', personKey(kr.owner_id)),
        ...optional('baseline', kr.baseline),
        ...optional('target', kr.target),
        ...optional('unit', kr.unit),
        weight: kr.weight,
        ...optional('kpi', kpiKey(kr.kpi_id)),
        ...optional('milestone', fromDbBoolean(kr.milestone)),
        ...optional('done', fromDbBoolean(kr.done)),
        checkIns: toCheckIns(checkIns.get(kr.id)),
      }),
    );

    return {
      name: ws.name,
      freelancer: Boolean(ws.freelancer),
      ...optional('locale', ws.locale),
      ...optional('currency', ws.currency),
      ...optional('alertRepeat', workspaceAlertRepeatMs(ws)),
      people: people.map(toPerson),
      teams: teams.map((t) => toTeam(t, teamKey)),
      cycles: cycles.map(toCycle),
      kpis: kpis.map(
        (k): Kpi => ({
          id: k.key,
          name: k.name,
          ...optional('unit', k.unit),
          ...optional('owner', personKey(k.owner_id)),
          ...optional('team', teamKey(k.team_id)),
          cadence: asCadence(k.cadence),
          ...optional('healthy', toRange(k.healthy_min, k.healthy_max)),
          ...optional('warning', toRange(k.warning_min, k.warning_max)),
          points: toDataPoints(points.get(k.id)),
          ...optional('thresholdHistory', thresholdsOf.get(k.id)),
          ...optional('source', sources.get(k.id)),
          ...optional('alert', alertOf.get(k.id)),
        }),
      ),
      decisions: listed.map((d) => toDecision(d, kpiKey, objectiveKey)),
      objectives: objectives.map(
        (o): Objective => ({
          id: o.key,
          title: o.title,
          ...optional('owner', personKey(o.owner_id)),
          ...optional('team', teamKey(o.team_id)),
          cycle: cycleKey(o.cycle_id) ?? '',
          type: asObjectiveType(o.type),
          ...parentsField(parentsOf.get(o.id) ?? []),
          ...guardrailsField(guardrailsOf.get(o.id) ?? []),
          keyResults: keyResultsOf.get(o.id) ?? [],
        }),
      ),
      initiatives: initiatives.map(
        (i): Initiative => ({
          id: i.key,
          title: i.title,
          ...optional('owner', personKey(i.owner_id)),
          keyResults: (linksOf.get(i.id) ?? []).filter((k): k is string => k !== undefined),
          status: asInitiativeStatus(i.status),
          ...optional('due', i.due_date),
        }),
      ),
    };
  });
}

function toAlertSettings(row: Pick<KpiAlertRow, 'alert_for' | 'repeat_every'>): KpiAlertSettings | undefined {
  const alertFor = row.alert_for === null ? undefined : parseAlertFor(row.alert_for);
  const repeat = row.repeat_every === null ? undefined : parseAlertRepeat(row.repeat_every);
  const settings: KpiAlertSettings = {
    ...optional('for', alertFor && 'value' in alertFor ? alertFor.value : undefined),
    ...optional('repeat', repeat && 'value' in repeat ? repeat.value : undefined),
  };
  return Object.keys(settings).length === 0 ? undefined : settings;
}

function groupBy<R, T>(rows: readonly R[], by: (row: R) => number, map: (row: R) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(by(row));
    if (group) group.push(map(row));
    else groups.set(by(row), [map(row)]);
  }
  return groups;
}

/**
 * A KPI's point columns as DataPoints, in one tight loop: a large workspace has hundreds
 * of thousands. Note and source appear only on the points that have them.
 */
function toDataPoints(columns: PointColumns | undefined): DataPoint[] {
  if (!columns) return [];
  const { ats, values, annotated } = columns;
  const points = new Array<DataPoint>(ats.length);
  for (let i = 0; i < ats.length; i++) points[i] = { at: ats[i] as number, value: values[i] as number };
  if (annotated.length === 0) return points;
  const annotationAt = new Map(annotated.map((a) => [a[0], a]));
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as DataPoint;
    const annotation = annotationAt.get(point.at);
    if (!annotation) continue;
    const [, note, source] = annotation;
    points[i] = {
      ...point,
      ...(note !== null && { note }),
      ...(source !== null && { source: source as DataSource }),
    };
  }
  return points;
}

function toCheckIns(tuples: readonly CheckInTuple[] | undefined): CheckIn[] {
  if (!tuples) return [];
  return tuples.map(([at, value, confidence, note, blockers]) => ({
    at,
    value,
    ...optional('confidence', confidence),
    ...optional('note', note),
    ...optional('blockers', blockers),
  }));
}

/** An archived parent drops out of the list; an empty list is left out. */
function parentsField(keys: readonly (string | undefined)[]): { parents?: readonly string[] } {
  const live = keys.filter((k): k is string => k !== undefined);
  return live.length === 0 ? {} : { parents: live };
}

/** An archived guardrail KPI drops out of the list; an empty list is left out. */
function guardrailsField(keys: readonly (string | undefined)[]): { guardrails?: readonly string[] } {
  const live = keys.filter((k): k is string => k !== undefined);
  return live.length === 0 ? {} : { guardrails: live };
}
