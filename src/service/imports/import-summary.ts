import type { OkrImportResult } from './okr-import.service.js';
import type { TimeImportResult } from './time-entries-import.service.js';

/**
 * What an import of another tool's file did (or, dry, would do), in one sentence: the same
 * words from `ratchet import --from` and from the web app's Settings → Import.
 */
export function okrImportSummary(r: OkrImportResult, dryRun: boolean): string {
  return (
    `${verb(dryRun)} ${counted(r.objectives, 'objective', 'objectives')} with ` +
    `${counted(r.keyResults, 'key result', 'key results')} and ${counted(r.checkIns, 'check-in', 'check-ins')}.`
  );
}

export function timeImportSummary(r: TimeImportResult, dryRun: boolean, billableKpi?: string): string {
  const weeks =
    r.weeks > 0 ? `; billable hours for ${counted(r.weeks, 'week', 'weeks')} on KPI "${billableKpi}"` : '';
  return (
    `${verb(dryRun)} ${counted(r.entries, 'time entry', 'time entries')} ` +
    `(${hours(r.hours)} h, ${hours(r.billableHours)} h billable)${weeks}.`
  );
}

const verb = (dryRun: boolean) => (dryRun ? 'Would import' : 'Imported');

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Hours to two decimals at most, as a person writes them: 48.5, not 48.50. */
const hours = (n: number) => (Math.round(n * 100) / 100).toString();
