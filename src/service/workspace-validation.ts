import type { Workspace } from '../core/model.js';
import { repeatedGuardrailMessage, repeatedGuardrails } from '../core/okr/guardrails.js';
import {
  loopMessage,
  manyParents,
  type ParentLinks,
  parentLoops,
  singleParent,
} from '../core/parent-graph.js';
import { formulaIssues } from '../core/source/formula-issues.js';
import type { ValidationIssue } from './errors.js';

/**
 * What the store itself needs of a workspace before it can hold it: unique ids, every
 * reference pointing at a record of the workspace, one point per KPI and instant, and
 * no loop in the team tree or the objective alignment. The file parser checks more
 * (and with line numbers); this guards callers that build a `Workspace` in code.
 */
export function storeIssues(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = (section: string, records: readonly { id: string }[]): Set<string> => {
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (seen.has(r.id)) issues.push({ path: `${section}[${i}].id`, message: `duplicate id "${r.id}"` });
      seen.add(r.id);
    });
    return seen;
  };
  const people = ids('people', ws.people);
  const teams = ids('teams', ws.teams);
  const cycles = ids('cycles', ws.cycles);
  const kpis = ids('kpis', ws.kpis);
  const objectives = ids('objectives', ws.objectives);
  const keyResults = ids(
    'keyResults',
    ws.objectives.flatMap((o) => o.keyResults),
  );
  ids('initiatives', ws.initiatives);

  const number = (path: string, value: number | undefined): void => {
    if (value !== undefined && !Number.isFinite(value))
      issues.push({ path, message: `${value} is not a finite number` });
  };
  const instant = (path: string, at: number): void => {
    if (!Number.isSafeInteger(at))
      issues.push({ path, message: `${at} is not an instant (whole epoch milliseconds)` });
  };
  const ref = (path: string, value: string | undefined, known: Set<string>, what: string): void => {
    if (value !== undefined && !known.has(value)) {
      issues.push({ path, message: `"${value}" is not a ${what} of this workspace` });
    }
  };
  ws.teams.forEach((t, i) => {
    ref(`teams[${i}].parent`, t.parent, teams, 'team');
  });
  for (const issue of formulaIssues(ws.kpis)) {
    issues.push({
      path: `kpis[${ws.kpis.findIndex((k) => k.id === issue.kpi)}].source.expression`,
      message: issue.message,
    });
  }
  ws.kpis.forEach((k, i) => {
    ref(`kpis[${i}].owner`, k.owner, people, 'person');
    ref(`kpis[${i}].team`, k.team, teams, 'team');
    const instants = new Set<number>();
    k.points.forEach((p, j) => {
      number(`kpis[${i}].points[${j}].value`, p.value);
      instant(`kpis[${i}].points[${j}].at`, p.at);
      if (instants.has(p.at)) {
        issues.push({
          path: `kpis[${i}].points[${j}].at`,
          message: `KPI "${k.id}" already has a point at ${new Date(p.at).toISOString()}; keep one value per instant`,
        });
      }
      instants.add(p.at);
    });
    k.thresholdHistory?.forEach((t, j) => {
      ref(`kpis[${i}].thresholdHistory[${j}].keyResult`, t.keyResult, keyResults, 'key result');
    });
  });
  ws.decisions.forEach((d, i) => {
    ref(`decisions[${i}].kpi`, d.kpi, kpis, 'KPI');
    ref(`decisions[${i}].objective`, d.objective, objectives, 'objective');
  });
  ws.objectives.forEach((o, i) => {
    ref(`objectives[${i}].owner`, o.owner, people, 'person');
    ref(`objectives[${i}].team`, o.team, teams, 'team');
    ref(`objectives[${i}].cycle`, o.cycle, cycles, 'cycle');
    o.parents?.forEach((parent, j) => {
      ref(`objectives[${i}].parents[${j}]`, parent, objectives, 'objective');
    });
    o.guardrails?.forEach((kpi, j) => {
      ref(`objectives[${i}].guardrails[${j}]`, kpi, kpis, 'KPI');
    });
    for (const r of repeatedGuardrails(o.guardrails ?? [])) {
      issues.push({
        path: `objectives[${i}].guardrails[${r.index}]`,
        message: repeatedGuardrailMessage(r.id, r.first),
      });
    }
    o.keyResults.forEach((kr, j) => {
      ref(`objectives[${i}].keyResults[${j}].owner`, kr.owner, people, 'person');
      ref(`objectives[${i}].keyResults[${j}].kpi`, kr.kpi, kpis, 'KPI');
      number(`objectives[${i}].keyResults[${j}].baseline`, kr.baseline);
      number(`objectives[${i}].keyResults[${j}].target`, kr.target);
      kr.checkIns.forEach((c, n) => {
        number(`objectives[${i}].keyResults[${j}].checkIns[${n}].value`, c.value);
        instant(`objectives[${i}].keyResults[${j}].checkIns[${n}].at`, c.at);
      });
    });
  });
  ws.initiatives.forEach((init, i) => {
    ref(`initiatives[${i}].owner`, init.owner, people, 'person');
    init.keyResults.forEach((kr, j) => {
      ref(`initiatives[${i}].keyResults[${j}]`, kr, keyResults, 'key result');
    });
  });
  issues.push(
    ...loops('teams', ws.teams.map(singleParent), 'parent'),
    ...loops('objectives', ws.objectives.map(manyParents), 'parents'),
  );
  return issues;
}

function loops(section: string, records: readonly ParentLinks[], field: string): ValidationIssue[] {
  return parentLoops(records).map((loop) => ({
    path:
      field === 'parent'
        ? `${section}[${records.findIndex((r) => r.id === loop.id)}].parent`
        : `${section}[${records.findIndex((r) => r.id === loop.id)}].parents[${loop.index}]`,
    message: loopMessage(loop, section),
  }));
}

/** Parents before children, otherwise in the written order. */
export function parentsFirst<T extends { id: string; parent?: string }>(records: readonly T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  const place = (r: T): void => {
    if (placed.has(r.id)) return;
    placed.add(r.id);
    const parent = r.parent === undefined ? undefined : byId.get(r.parent);
    if (parent) place(parent);
    ordered.push(r);
  };
  for (const r of records) place(r);
  return ordered;
}
