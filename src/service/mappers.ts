import type {
  Cadence,
  CheckIn,
  Cycle,
  DataPoint,
  DataSource,
  Decision,
  InitiativeStatus,
  ObjectiveType,
  Person,
  Range,
  Team,
  ThresholdChange,
} from '../core/model.js';
import { toIsoDate } from '../core/time.js';
import type { CheckInRow } from '../store/check-in.table.js';
import type { CycleRow } from '../store/cycle.table.js';
import type { DataPointRow } from '../store/data-point.table.js';
import type { DecisionRow } from '../store/decision.table.js';
import type { PersonRow } from '../store/person.table.js';
import type { TeamRow } from '../store/team.table.js';
import type { ThresholdChangeRow } from '../store/threshold-change.table.js';

/**
 * Rows → domain records, explicitly, field by field. Absent optionals stay absent (no
 * `undefined` fields), so a loaded workspace equals the one the file gave.
 */

/** `{ key: value }` when present, `{}` when the column is null. */
export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === null || value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** Surrogate id → key, for turning foreign keys back into the file's references. */
export type KeyOf = (id: number | null) => string | undefined;

export function keyLookup(rows: readonly { id: number; key: string }[]): KeyOf {
  const keys = new Map(rows.map((r) => [r.id, r.key]));
  return (id) => (id === null ? undefined : keys.get(id));
}

export function toRange(min: number | null, max: number | null): Range | undefined {
  if (min === null && max === null) return undefined;
  return { ...optional('min', min), ...optional('max', max) };
}

/** A removed (archived) person carries the date they left. */
export function toPerson(row: PersonRow): Person {
  return {
    id: row.key,
    name: row.name,
    ...optional('email', row.email),
    ...optional('left', row.archived_at === null ? undefined : toIsoDate(row.archived_at)),
  };
}

export function toTeam(row: TeamRow, teamKey: KeyOf): Team {
  return { id: row.key, name: row.name, ...optional('parent', teamKey(row.parent_id)) };
}

export function toCycle(row: CycleRow): Cycle {
  return { id: row.key, start: row.start_date, end: row.end_date };
}

export function toDataPoint(row: Pick<DataPointRow, 'at' | 'value' | 'note' | 'source'>): DataPoint {
  return {
    at: row.at,
    value: row.value,
    ...optional('note', row.note),
    ...optional('source', row.source as DataSource | null),
  };
}

export function toThresholdChange(row: ThresholdChangeRow, keyResultKey: KeyOf): ThresholdChange {
  return {
    at: row.at,
    from: toRange(row.from_min, row.from_max) ?? {},
    to: toRange(row.to_min, row.to_max) ?? {},
    ...optional('keyResult', keyResultKey(row.key_result_id)),
    ...optional('reason', row.reason),
  };
}

export function toDecision(row: DecisionRow, kpiKey: KeyOf, objectiveKey: KeyOf): Decision {
  return {
    kpi: kpiKey(row.kpi_id) ?? '',
    at: row.at,
    by: row.decided_by,
    text: row.text,
    ...optional('objective', objectiveKey(row.objective_id)),
  };
}

export function toCheckIn(row: CheckInRow): CheckIn {
  return {
    at: row.at,
    value: row.value,
    ...optional('confidence', row.confidence),
    ...optional('note', row.note),
    ...optional('blockers', row.blockers),
  };
}

export const asCadence = (value: string): Cadence => value as Cadence;
export const asObjectiveType = (value: string): ObjectiveType => value as ObjectiveType;
export const asInitiativeStatus = (value: string): InitiativeStatus => value as InitiativeStatus;
