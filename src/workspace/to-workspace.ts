import { parseAlertFor, parseAlertRepeat } from '../core/alert/alert-for.js';
import type {
  Cadence,
  CheckIn,
  DataPoint,
  KeyResult,
  Kpi,
  KpiAlertSettings,
  Objective,
  Range,
  ThresholdChange,
  Workspace,
} from '../core/model.js';
import type { KpiSource } from '../core/source/kpi-source.js';
import { parseInstant } from '../core/time.js';
import type { WorkspaceFile } from './workspace-file.schema.js';

/**
 * The validated file as the domain sees it: instants as epoch ms, defaults filled in
 * (weight 1, aspirational, not a freelancer, empty lists), absent optionals left out.
 * Only called once the schema and the rules have passed.
 */
export function toWorkspace(file: WorkspaceFile): Workspace {
  return {
    name: file.workspace,
    freelancer: file.freelancer ?? false,
    ...optional('locale', file.locale),
    ...optional('currency', file.currency),
    ...optional('alertRepeat', file.alert?.repeat === undefined ? undefined : repeatMs(file.alert.repeat)),
    people: (file.people ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      ...optional('email', p.email),
      ...optional('left', p.left),
    })),
    teams: (file.teams ?? []).map((t) => ({ id: t.id, name: t.name, ...optional('parent', t.parent) })),
    cycles: (file.cycles ?? []).map((c) => ({ id: c.id, start: c.start, end: c.end })),
    kpis: (file.kpis ?? []).map(toKpi),
    decisions: (file.decisions ?? []).map((d) => ({
      kpi: d.kpi,
      at: instant(d.at),
      by: d.by,
      text: d.text,
      ...optional('objective', d.objective),
    })),
    objectives: (file.objectives ?? []).map(toObjective),
    initiatives: (file.initiatives ?? []).map((i) => ({
      id: i.id,
      title: i.title,
      ...optional('owner', i.owner),
      keyResults: i.keyResults,
      status: i.status,
      ...optional('due', i.due),
    })),
  };
}

type KpiEntry = NonNullable<WorkspaceFile['kpis']>[number];
type ObjectiveEntry = NonNullable<WorkspaceFile['objectives']>[number];
type KeyResultEntry = ObjectiveEntry['keyResults'][number];

function toKpi(k: KpiEntry): Kpi {
  return {
    id: k.id,
    name: k.name,
    ...optional('unit', k.unit),
    ...optional('owner', k.owner),
    ...optional('team', k.team),
    cadence: k.cadence as Cadence,
    ...optional('healthy', k.healthy && toRange(k.healthy)),
    ...optional('warning', k.warning && toRange(k.warning)),
    points: (k.points ?? []).map(
      (p): DataPoint => ({
        at: instant(p.at),
        value: p.value,
        ...optional('note', p.note),
        ...optional('source', p.source),
      }),
    ),
    ...optional(
      'thresholdHistory',
      k.thresholdHistory?.map(
        (t): ThresholdChange => ({
          at: instant(t.at),
          from: toRange(t.from),
          to: toRange(t.to),
          ...optional('keyResult', t.keyResult),
          ...optional('reason', t.reason),
        }),
      ),
    ),
    ...optional('source', k.source && toSource(k.source)),
    ...optional('alert', k.alert && toAlert(k.alert)),
  };
}

function toAlert(a: NonNullable<KpiEntry['alert']>): KpiAlertSettings | undefined {
  const reading = a.for === undefined ? undefined : parseAlertFor(a.for);
  const settings: KpiAlertSettings = {
    ...optional('for', reading && 'value' in reading ? reading.value : undefined),
    ...optional('repeat', a.repeat === undefined ? undefined : repeatMs(a.repeat)),
  };
  return Object.keys(settings).length === 0 ? undefined : settings;
}

/** The schema has already proven every repeat interval readable. */
function repeatMs(text: string): number {
  const reading = parseAlertRepeat(text);
  if ('error' in reading) throw new Error(`unreachable: the schema accepted ${text}`);
  return reading.value;
}

function toSource(s: NonNullable<KpiEntry['source']>): KpiSource {
  switch (s.kind) {
    case 'http':
      return {
        kind: 'http',
        url: s.url,
        value: s.value,
        ...optional('at', s.at),
        ...optional('headers', s.headers),
        ...optional('schedule', s.schedule),
      };
    case 'sql':
      return { kind: 'sql', connection: s.connection, query: s.query, ...optional('schedule', s.schedule) };
    case 'formula':
      return { kind: 'formula', expression: s.expression };
  }
}

function toObjective(o: ObjectiveEntry): Objective {
  return {
    id: o.id,
    title: o.title,
    ...optional('owner', o.owner),
    ...optional('team', o.team),
    cycle: o.cycle,
    type: o.type ?? 'aspirational',
    ...optional('parents', o.parents ?? (o.parent === undefined ? undefined : [o.parent])),
    ...(o.guardrails && o.guardrails.length > 0 && { guardrails: o.guardrails }),
    keyResults: o.keyResults.map(toKeyResult),
  };
}

function toKeyResult(kr: KeyResultEntry): KeyResult {
  return {
    id: kr.id,
    title: kr.title,
    ...optional('owner', kr.owner),
    ...optional('baseline', kr.baseline),
    ...optional('target', kr.target),
    ...optional('unit', kr.unit),
    weight: kr.weight ?? 1,
    ...optional('kpi', kr.kpi),
    ...optional('milestone', kr.milestone),
    ...optional('done', kr.done),
    checkIns: (kr.checkIns ?? []).map(
      (c): CheckIn => ({
        at: instant(c.at),
        value: c.value,
        ...optional('confidence', c.confidence),
        ...optional('note', c.note),
        ...optional('blockers', c.blockers),
      }),
    ),
  };
}

function toRange(range: { min?: number | undefined; max?: number | undefined }): Range {
  return { ...optional('min', range.min), ...optional('max', range.max) };
}

/** The schema has already proven every instant readable. */
function instant(text: string): number {
  const at = parseInstant(text);
  if (at === undefined) throw new Error(`unreachable: the schema accepted an unreadable instant ${text}`);
  return at;
}

/** `{ key: value }` when the value is present, `{}` otherwise: no `undefined` fields in the model. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
