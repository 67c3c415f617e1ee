import type { DateOrder } from '../../core/import/csv-table.js';
import {
  billableHoursByWeek,
  readTimeTracking,
  type TimeTracker,
} from '../../core/import/time-tracking-csv.js';
import { insertChildren, nextChildPosition } from '../../store/child.repository.js';
import type { Store } from '../../store/database.js';
import { toDbBoolean } from '../../store/dialect.js';
import { keyedRows } from '../../store/keyed.repository.js';
import type { ChangeContext } from '../change-context.js';
import { ingestPoints } from '../data-point.service.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { activeKpiRef } from '../kpi-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import { csvRows, rowIssues } from './csv-rows.js';

export interface TimeImportOptions {
  /** Put every entry on this initiative instead of matching projects to initiatives. */
  readonly initiative?: string;
  /** Log every entry for this person instead of matching emails and names. */
  readonly person?: string;
  /** Add each ISO week's billable hours to this KPI (e.g. for a utilisation formula). */
  readonly billableKpi?: string;
  readonly dateOrder?: DateOrder;
  readonly dryRun?: boolean;
}

export interface TimeImportResult {
  readonly entries: number;
  readonly hours: number;
  readonly billableHours: number;
  /** Weeks written to the billable-hours KPI. */
  readonly weeks: number;
}

/**
 * Imports a Toggl Track or Clockify detailed report as time entries on initiatives
 * (docs/importers.md). Projects match initiatives by id or title, people by email, name
 * or id. Any problem in any row refuses the whole file, listing every problem by row.
 */
export async function importTimeEntries(
  store: Store,
  workspace: string | undefined,
  tool: TimeTracker,
  text: string,
  options: TimeImportOptions,
  change: ChangeContext,
): Promise<TimeImportResult> {
  const read = readTimeTracking(csvRows(text, `${tool} export`), tool, options.dateOrder);
  const issues: ValidationIssue[] = rowIssues(read.problems);
  const result = await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const ws = uow.workspace;
    // Checked inside the transaction, so a missing KPI stores no entry either.
    if (options.billableKpi !== undefined) await activeKpiRef(uow.trx, ws.id, options.billableKpi);
    const [initiatives, people] = await Promise.all([
      keyedRows(uow.trx, 'initiatives', ws.id, { includeArchived: false }),
      keyedRows(uow.trx, 'people', ws.id, { includeArchived: false }),
    ]);
    const initiativeFor = (project: string) => {
      const wanted = (options.initiative ?? project).toLowerCase();
      return initiatives.find((i) => i.key.toLowerCase() === wanted || i.title.toLowerCase() === wanted);
    };
    const personFor = (e: { email?: string; user?: string }) => {
      if (options.person !== undefined) return people.find((p) => p.key === options.person);
      return people.find(
        (p) =>
          (e.email !== undefined && p.email?.toLowerCase() === e.email.toLowerCase()) ||
          (e.user !== undefined && (p.name.toLowerCase() === e.user.toLowerCase() || p.key === e.user)),
      );
    };
    const rows = [];
    let position = await nextChildPosition(uow.trx, 'time_entries', ws.id);
    for (const e of read.entries) {
      const initiative = initiativeFor(e.project);
      const person = personFor(e);
      if (!initiative) {
        issues.push({
          path: `row ${e.row}`,
          message: `no initiative called ${JSON.stringify(options.initiative ?? e.project)}; create it, or put every entry on one with --initiative <id>`,
        });
      }
      if (!person) {
        issues.push({
          path: `row ${e.row}`,
          message: `no person with email or name ${JSON.stringify(e.email ?? e.user ?? '')}; add them, or log every entry for one person with --person <id>`,
        });
      }
      if (!initiative || !person) continue;
      rows.push({
        workspace_id: ws.id,
        initiative_id: initiative.id,
        person_id: person.id,
        position: position++,
        date: e.date,
        hours: Math.round(e.hours * 100) / 100,
        billable: toDbBoolean(e.billable),
        note: e.description ?? null,
        created_at: uow.at,
        updated_at: uow.at,
      });
    }
    if (issues.length > 0)
      throw new ValidationError(`The ${tool} export cannot be imported; nothing was stored:`, issues);
    if (options.dryRun) return rows;
    if (rows.length > 0) await insertChildren(uow.trx, 'time_entries', rows);
    await uow.audit({
      entity: 'time_entry',
      entityId: `import:${tool}`,
      action: 'import',
      after: { entries: rows.length },
    });
    for (const id of new Set(rows.map((r) => r.initiative_id))) {
      const key = initiatives.find((i) => i.id === id)?.key;
      if (key) uow.touched('initiative', key);
    }
    return rows;
  });
  const weeks = billableHoursByWeek(read.entries);
  if (options.billableKpi !== undefined && !options.dryRun && weeks.size > 0) {
    await ingestPoints(
      store,
      workspace,
      options.billableKpi,
      [...weeks].map(([week, hours]) => ({
        at: Date.parse(`${week}T00:00:00Z`),
        value: Math.round(hours * 100) / 100,
        source: 'import' as const,
      })),
      change,
      // The weekly totals are derived from the time entries: a new export restates them.
      { replace: true },
    );
  }
  return {
    entries: result.length,
    hours: read.entries.reduce((sum, e) => sum + e.hours, 0),
    billableHours: read.entries.filter((e) => e.billable).reduce((sum, e) => sum + e.hours, 0),
    weeks: options.billableKpi === undefined ? 0 : weeks.size,
  };
}
