import { repeatedGuardrailMessage, repeatedGuardrails } from '../core/okr/guardrails.js';
import { loopMessage, parentLoops } from '../core/parent-graph.js';
import type { PathSegment } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import type { Finding } from './finding.js';
import { keyResultRecords, type RawRecord, recordsAt, textOf } from './raw-records.js';

/**
 * Ids and the references between records: every id is unique among its kind (key
 * results across the whole workspace, since initiatives name them without their
 * objective), every reference names a record that exists, and parent chains end.
 */
export function checkReferences(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const kinds = {
    person: collectIds(recordsAt(data, ['people']), 'people', findings),
    team: collectIds(recordsAt(data, ['teams']), 'teams', findings),
    cycle: collectIds(recordsAt(data, ['cycles']), 'cycles', findings),
    KPI: collectIds(recordsAt(data, ['kpis']), 'KPIs', findings),
    objective: collectIds(recordsAt(data, ['objectives']), 'objectives', findings),
    'key result': collectIds(keyResultRecords(data), 'key results in the workspace', findings),
  };
  collectIds(recordsAt(data, ['initiatives']), 'initiatives', findings);

  const refer = (record: RawRecord, field: string, kind: keyof typeof kinds): void => {
    const ref = textOf(record, field);
    if (ref !== undefined && !kinds[kind].has(ref)) {
      findings.push(unknownReference([...record.path, field], ref, kind, kinds[kind]));
    }
  };

  // A list of references (an initiative's key results, an objective's guardrails): each
  // unknown id is reported at its own position.
  const referEach = (record: RawRecord, field: string, kind: keyof typeof kinds): void => {
    const refs = record.fields[field];
    if (!Array.isArray(refs)) return;
    refs.forEach((ref, index) => {
      if (typeof ref === 'string' && !kinds[kind].has(ref)) {
        findings.push(unknownReference([...record.path, field, index], ref, kind, kinds[kind]));
      }
    });
  };

  for (const team of recordsAt(data, ['teams'])) refer(team, 'parent', 'team');
  for (const kpi of recordsAt(data, ['kpis'])) {
    refer(kpi, 'owner', 'person');
    refer(kpi, 'team', 'team');
    for (const change of recordsAt(kpi.fields, ['thresholdHistory'])) {
      refer({ fields: change.fields, path: [...kpi.path, ...change.path] }, 'keyResult', 'key result');
    }
  }
  for (const decision of recordsAt(data, ['decisions'])) {
    refer(decision, 'kpi', 'KPI');
    refer(decision, 'by', 'person');
    refer(decision, 'objective', 'objective');
  }
  for (const objective of recordsAt(data, ['objectives'])) {
    refer(objective, 'owner', 'person');
    refer(objective, 'team', 'team');
    refer(objective, 'cycle', 'cycle');
    refer(objective, 'parent', 'objective');
    referEach(objective, 'parents', 'objective');
    findings.push(...parentListProblems(objective));
    referEach(objective, 'guardrails', 'KPI');
    findings.push(...guardrailRepeats(objective));
  }
  for (const kr of keyResultRecords(data)) {
    refer(kr, 'owner', 'person');
    refer(kr, 'kpi', 'KPI');
  }
  for (const initiative of recordsAt(data, ['initiatives'])) {
    refer(initiative, 'owner', 'person');
    referEach(initiative, 'keyResults', 'key result');
  }

  findings.push(...loopsAmong(recordsAt(data, ['teams']), 'teams'));
  findings.push(...loopsAmong(recordsAt(data, ['objectives']), 'objectives'));
  return findings;
}

/** Each guardrail KPI named a second time, at its own position in the list. */
function guardrailRepeats(objective: RawRecord): Finding[] {
  const refs = objective.fields.guardrails;
  if (!Array.isArray(refs)) return [];
  const ids = refs.map((ref) => (typeof ref === 'string' ? ref : ''));
  return repeatedGuardrails(ids)
    .filter((r) => r.id !== '')
    .map((r) => ({
      path: [...objective.path, 'guardrails', r.index],
      message: repeatedGuardrailMessage(r.id, r.first),
      severity: 'error' as const,
    }));
}

/** The ids of a kind, reporting each repeat at the second record's id. */
function collectIds(records: readonly RawRecord[], among: string, findings: Finding[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const record of records) {
    const id = textOf(record, 'id');
    if (id === undefined) continue;
    const first = ids.get(id);
    if (first !== undefined) {
      findings.push({
        path: [...record.path, 'id'],
        message: `duplicate id ${JSON.stringify(id)}, already used by ${first}; ids must be unique among ${among}`,
        severity: 'error',
      });
    } else {
      ids.set(id, formatPath(record.path));
    }
  }
  return ids;
}

/** What a kind is called in a list, and where a new one would be added. */
const WHERE: Readonly<Record<string, { plural: string; list: string }>> = {
  person: { plural: 'people', list: 'people' },
  team: { plural: 'teams', list: 'teams' },
  cycle: { plural: 'cycles', list: 'cycles' },
  KPI: { plural: 'KPIs', list: 'kpis' },
  objective: { plural: 'objectives', list: 'objectives' },
  'key result': { plural: 'key results', list: "an objective's keyResults" },
};

function unknownReference(
  path: readonly PathSegment[],
  ref: string,
  kind: string,
  known: Map<string, string>,
): Finding {
  const guess = didYouMean(ref, known.keys());
  const { plural, list } = WHERE[kind] ?? { plural: kind, list: kind };
  const hint =
    guess !== undefined
      ? `did you mean ${JSON.stringify(guess)}?`
      : known.size === 0
        ? `there are no ${plural} yet; add it under ${list}`
        : `add it under ${list}, or use one of ${[...known.keys()].slice(0, 8).join(', ')}`;
  return { path, message: `no ${kind} with id ${JSON.stringify(ref)}; ${hint}`, severity: 'error' };
}

/** Where a record's parents are written: `parent: id`, or `parents: [id, …]` for several. */
function parentRefs(record: RawRecord): {
  readonly parents: string[];
  readonly at: (index: number) => PathSegment[];
} {
  const list = record.fields.parents;
  if (Array.isArray(list)) {
    return {
      parents: list.filter((p): p is string => typeof p === 'string'),
      at: (index) => [...record.path, 'parents', index],
    };
  }
  const one = textOf(record, 'parent');
  return { parents: one === undefined ? [] : [one], at: () => [...record.path, 'parent'] };
}

/** `parent` and `parents` together, an empty `parents`, or one objective named twice. */
function parentListProblems(objective: RawRecord): Finding[] {
  const list = objective.fields.parents;
  if (list === undefined) return [];
  const at = (...rest: PathSegment[]) => [...objective.path, 'parents', ...rest];
  if (objective.fields.parent !== undefined) {
    return [
      {
        path: at(),
        message: 'write `parent: id` for one objective or `parents: [id, …]` for several, not both',
        severity: 'error',
      },
    ];
  }
  if (Array.isArray(list) && list.length === 0) {
    return [
      { path: at(), message: 'list at least one objective, or leave `parents` out', severity: 'error' },
    ];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((ref, index) =>
    typeof ref === 'string' && list.indexOf(ref) < index
      ? [
          {
            path: at(index),
            message: `${JSON.stringify(ref)} is already listed at parents[${list.indexOf(ref)}]; name each parent once`,
            severity: 'error' as const,
          },
        ]
      : [],
  );
}

/** A parent chain that comes back to where it started would make the tree endless (core/parent-graph.ts). */
function loopsAmong(records: readonly RawRecord[], list: string): Finding[] {
  const links = records.flatMap((record) => {
    const id = textOf(record, 'id');
    return id === undefined ? [] : [{ id, record, ...parentRefs(record) }];
  });
  return parentLoops(links).map((loop) => {
    const at = links.find((l) => l.id === loop.id);
    return {
      path: at ? at.at(loop.index) : [],
      message: loopMessage(loop, list),
      severity: 'error' as const,
    };
  });
}
