import type { Document } from 'yaml';
import { formatAlertFor, formatAlertRepeat } from '../core/alert/alert-for.js';
import type { CheckIn, DataPoint, KeyResult, Kpi, Objective, Range, Workspace } from '../core/model.js';
import { formatInstant } from '../core/time.js';
import { SUPPORTED_VERSION } from './workspace-file.schema.js';
import { yamlLibrary } from './yaml-library.js';

/**
 * Writes a workspace as a file `parseWorkspace` reads back to an equal workspace.
 *
 * Keys come in the order of docs/workspace-file.md, defaults and absent fields are left
 * out (weight 1, aspirational, empty lists), and instants at midnight UTC are bare
 * dates. YAML puts ranges and short points on one line, so a year of weekly points stays
 * readable in a diff.
 */
export function serializeWorkspace(ws: Workspace, format: 'yaml' | 'json'): string {
  const file = toFile(ws);
  if (format === 'json') return `${JSON.stringify(file, null, 2)}\n`;
  const doc = new (yamlLibrary().Document)(file);
  flowShortMaps(doc);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

type Plain = Record<string, unknown>;

function toFile(ws: Workspace): Plain {
  return compact({
    version: SUPPORTED_VERSION,
    workspace: ws.name,
    freelancer: ws.freelancer ? true : undefined,
    locale: ws.locale,
    currency: ws.currency,
    alert: ws.alertRepeat === undefined ? undefined : { repeat: formatAlertRepeat(ws.alertRepeat) },
    people: nonEmpty(ws.people.map((p) => compact({ id: p.id, name: p.name, email: p.email, left: p.left }))),
    teams: nonEmpty(ws.teams.map((t) => compact({ id: t.id, name: t.name, parent: t.parent }))),
    cycles: nonEmpty(ws.cycles.map((c) => ({ id: c.id, start: c.start, end: c.end }))),
    kpis: nonEmpty(ws.kpis.map(kpiToFile)),
    decisions: nonEmpty(
      ws.decisions.map((d) =>
        compact({ kpi: d.kpi, at: formatInstant(d.at), by: d.by, text: d.text, objective: d.objective }),
      ),
    ),
    objectives: nonEmpty(ws.objectives.map(objectiveToFile)),
    initiatives: nonEmpty(
      ws.initiatives.map((i) =>
        compact({
          id: i.id,
          title: i.title,
          owner: i.owner,
          keyResults: [...i.keyResults],
          status: i.status,
          due: i.due,
        }),
      ),
    ),
  });
}

function kpiToFile(k: Kpi): Plain {
  return compact({
    id: k.id,
    name: k.name,
    unit: k.unit,
    owner: k.owner,
    team: k.team,
    cadence: k.cadence,
    healthy: k.healthy && rangeToFile(k.healthy),
    warning: k.warning && rangeToFile(k.warning),
    points: nonEmpty(k.points.map(pointToFile)),
    // Kept even when empty: the model tells "no history" from "history, none yet".
    thresholdHistory: k.thresholdHistory?.map((t) =>
      compact({
        at: formatInstant(t.at),
        from: rangeToFile(t.from),
        to: rangeToFile(t.to),
        keyResult: t.keyResult,
        reason: t.reason,
      }),
    ),
    // The model holds what the file should say: secrets or KEPT_SECRET (see export).
    source: k.source && compact({ ...k.source }),
    alert:
      k.alert &&
      compact({
        for: k.alert.for && formatAlertFor(k.alert.for),
        repeat: k.alert.repeat === undefined ? undefined : formatAlertRepeat(k.alert.repeat),
      }),
  });
}

function pointToFile(p: DataPoint): Plain {
  return compact({ at: formatInstant(p.at), value: p.value, note: p.note, source: p.source });
}

function objectiveToFile(o: Objective): Plain {
  return compact({
    id: o.id,
    title: o.title,
    owner: o.owner,
    team: o.team,
    cycle: o.cycle,
    type: o.type === 'aspirational' ? undefined : o.type,
    // One parent is written as before, so a file with `parent:` round-trips unchanged.
    parent: o.parents?.length === 1 ? o.parents[0] : undefined,
    parents: o.parents && o.parents.length > 1 ? [...o.parents] : undefined,
    guardrails: o.guardrails && o.guardrails.length > 0 ? [...o.guardrails] : undefined,
    keyResults: o.keyResults.map(keyResultToFile),
  });
}

function keyResultToFile(kr: KeyResult): Plain {
  return compact({
    id: kr.id,
    title: kr.title,
    owner: kr.owner,
    baseline: kr.baseline,
    target: kr.target,
    unit: kr.unit,
    weight: kr.weight === 1 ? undefined : kr.weight,
    kpi: kr.kpi,
    milestone: kr.milestone,
    done: kr.done,
    checkIns: nonEmpty(kr.checkIns.map(checkInToFile)),
  });
}

function checkInToFile(c: CheckIn): Plain {
  return compact({
    at: formatInstant(c.at),
    value: c.value,
    confidence: c.confidence,
    note: c.note,
    blockers: c.blockers,
  });
}

function rangeToFile(range: Range): Plain {
  return compact({ min: range.min, max: range.max });
}

function compact(record: Plain): Plain {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function nonEmpty<T>(items: readonly T[]): T[] | undefined {
  return items.length === 0 ? undefined : [...items];
}

const RANGE_KEYS = new Set(['healthy', 'warning', 'from', 'to', 'alert']);
const SERIES_KEYS = new Set(['points', 'checkIns']);
// People, teams and cycles are short records: one line each while they fit.
const RECORD_KEYS = new Set(['people', 'teams', 'cycles']);
const ONE_LINE_RECORD = 90;
// A point or check-in fits on one line unless its free text would make the line long.
const ONE_LINE_TEXT = 40;

/** One line per range, and per point or check-in with at most a short note. */
function flowShortMaps(doc: Document): void {
  const { isMap, isSeq } = yamlLibrary();
  const walk = (node: unknown, key: string | undefined): void => {
    if (isMap(node)) {
      if (key !== undefined && RANGE_KEYS.has(key)) node.flow = true;
      for (const pair of node.items) walk(pair.value, keyOf(pair.key));
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (key !== undefined && SERIES_KEYS.has(key) && isMap(item)) item.flow = isShort(item.toJSON());
        else if (key !== undefined && RECORD_KEYS.has(key) && isMap(item)) {
          item.flow = JSON.stringify(item.toJSON()).length <= ONE_LINE_RECORD;
        } else walk(item, undefined);
      }
    }
  };
  walk(doc.contents, undefined);
}

function isShort(entry: Record<string, unknown>): boolean {
  const text = [entry.note, entry.blockers].filter((t) => typeof t === 'string').join('');
  return text.length <= ONE_LINE_TEXT && !text.includes('\n');
}

function keyOf(key: unknown): string {
  return yamlLibrary().isScalar(key) ? String(key.value) : String(key);
}
