import { type OkrField, type OkrRow, readOkrCsv } from '../../core/import/okr-csv.js';
import type { KeyResult, Objective, Workspace } from '../../core/model.js';
import { cycleContains } from '../../core/time.js';
import type { Store } from '../../store/database.js';
import { slugify } from '../../store/workspace.repository.js';
import type { ChangeContext } from '../change-context.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { importWorkspace } from '../workspace-import.service.js';
import { loadWorkspace } from '../workspace-load.service.js';
import { csvRows, rowIssues } from './csv-rows.js';

export interface OkrImportOptions {
  /** The cycle for every objective; else the cycle that contains each row's due date. */
  readonly cycle?: string;
  /** Header names for fields the file calls differently: `{target: 'Goal value'}`. */
  readonly mapping?: Readonly<Partial<Record<OkrField, string>>>;
  readonly dryRun?: boolean;
}

export interface OkrImportResult {
  readonly objectives: number;
  readonly keyResults: number;
  readonly checkIns: number;
}

/**
 * Adds the objectives and key results of an OKR sheet (generic OKR CSV, Viva Goals,
 * Perdoo, a Google Sheets/Excel template) to a workspace, with a check-in for each
 * current value. Owners match people by id, email or name. All or nothing: any problem
 * in any row stores nothing and lists every problem by row.
 */
export async function importOkrs(
  store: Store,
  workspace: string | undefined,
  text: string,
  options: OkrImportOptions,
  change: ChangeContext,
): Promise<OkrImportResult> {
  const read = readOkrCsv(csvRows(text, 'OKR file'), options.mapping);
  const issues: ValidationIssue[] = rowIssues(read.problems);
  const ws = await loadWorkspace(store, workspace);
  const at = change.at ?? Date.now();
  const objectives = new Map<string, { objective: Objective; keyResults: KeyResult[] }>();
  const usedIds = new Set([
    ...ws.objectives.map((o) => o.id),
    ...ws.objectives.flatMap((o) => o.keyResults.map((k) => k.id)),
  ]);
  const freshId = (title: string) => {
    const base = slugify(title) || 'okr';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  for (const row of read.rows) {
    const owner = ownerOf(ws, row);
    if (row.owner !== undefined && owner === undefined) {
      issues.push({
        path: `row ${row.row}`,
        message: `no person with id, email or name ${JSON.stringify(row.owner)}; add them first`,
      });
    }
    const cycle = cycleOf(ws, row, options.cycle);
    if (cycle === undefined) {
      issues.push({
        path: `row ${row.row}`,
        message:
          options.cycle !== undefined
            ? `no cycle ${JSON.stringify(options.cycle)} in the workspace`
            : `no cycle contains ${row.due === undefined ? 'the row (it has no due date)' : row.due}; name one with --cycle <id>`,
      });
      continue;
    }
    let entry = objectives.get(row.objective);
    if (!entry) {
      if (ws.objectives.some((o) => o.title.toLowerCase() === row.objective.toLowerCase())) {
        issues.push({
          path: `row ${row.row}`,
          message: `the workspace already has an objective ${JSON.stringify(row.objective)}; rename it in the file or remove it`,
        });
        continue;
      }
      entry = {
        objective: {
          id: freshId(row.objective),
          title: row.objective,
          cycle,
          type: 'aspirational',
          keyResults: [],
          ...(owner ? { owner } : {}),
        },
        keyResults: [],
      };
      objectives.set(row.objective, entry);
    }
    if (row.keyResult === undefined) continue;
    entry.keyResults.push({
      id: freshId(row.keyResult),
      title: row.keyResult,
      weight: 1,
      ...(owner ? { owner } : {}),
      ...(row.baseline !== undefined ? { baseline: row.baseline } : {}),
      ...(row.target !== undefined ? { target: row.target } : {}),
      checkIns: row.current === undefined ? [] : [{ at, value: row.current, note: 'imported' }],
    });
  }
  if (issues.length > 0)
    throw new ValidationError('The OKR file cannot be imported; nothing was stored:', issues);
  const added = [...objectives.values()].map(({ objective, keyResults }) => ({ ...objective, keyResults }));
  const result = {
    objectives: added.length,
    keyResults: added.reduce((n, o) => n + o.keyResults.length, 0),
    checkIns: added.reduce((n, o) => n + o.keyResults.filter((k) => k.checkIns.length > 0).length, 0),
  };
  if (!options.dryRun)
    await importWorkspace(store, { ...ws, objectives: [...ws.objectives, ...added] }, change);
  return result;
}

function ownerOf(ws: Workspace, row: OkrRow): string | undefined {
  if (row.owner === undefined) return undefined;
  const wanted = row.owner.toLowerCase();
  return ws.people.find(
    (p) =>
      p.left === undefined &&
      (p.id === row.owner || p.email?.toLowerCase() === wanted || p.name.toLowerCase() === wanted),
  )?.id;
}

function cycleOf(ws: Workspace, row: OkrRow, named: string | undefined): string | undefined {
  if (named !== undefined) return ws.cycles.some((c) => c.id === named) ? named : undefined;
  if (row.due === undefined) return undefined;
  const due = Date.parse(`${row.due}T12:00:00Z`);
  return ws.cycles.find((c) => cycleContains(c, due))?.id;
}
