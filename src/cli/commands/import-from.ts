import type { DateOrder } from '../../core/import/csv-table.js';
import { OKR_FIELDS, OKR_TOOLS, type OkrField } from '../../core/import/okr-csv.js';
import { ValidationError } from '../../service/errors.js';
import { okrImportSummary, timeImportSummary } from '../../service/imports/import-summary.js';
import { importOkrs } from '../../service/imports/okr-import.service.js';
import { importTimeEntries } from '../../service/imports/time-entries-import.service.js';
import type { Store } from '../../store/database.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';

export const IMPORT_TOOLS = ['toggl', 'clockify', ...OKR_TOOLS] as const;

export interface ImportFromOptions {
  readonly workspace?: string;
  readonly initiative?: string;
  readonly person?: string;
  readonly billableKpi?: string;
  readonly cycle?: string;
  readonly map?: readonly string[];
  readonly dateFormat?: string;
  readonly dryRun?: boolean;
}

/** `ratchet import --from <tool> <file>`: another tool's export into a stored workspace. */
export async function importFrom(
  ctx: CommandContext,
  store: Store,
  tool: string,
  text: string,
  options: ImportFromOptions,
  change: { actor: string; at: number },
): Promise<void> {
  try {
    await importFromTool(ctx, store, tool, text, options, change);
  } catch (error) {
    // A broken file exits 1, as a broken workspace file does.
    if (error instanceof ValidationError) throw new CliError(error.message, 1);
    throw error;
  }
}

async function importFromTool(
  ctx: CommandContext,
  store: Store,
  tool: string,
  text: string,
  options: ImportFromOptions,
  change: { actor: string; at: number },
): Promise<void> {
  if (tool === 'toggl' || tool === 'clockify') {
    const r = await importTimeEntries(
      store,
      options.workspace,
      tool,
      text,
      {
        ...(options.initiative !== undefined ? { initiative: options.initiative } : {}),
        ...(options.person !== undefined ? { person: options.person } : {}),
        ...(options.billableKpi !== undefined ? { billableKpi: options.billableKpi } : {}),
        ...(options.dateFormat !== undefined ? { dateOrder: dateOrder(options.dateFormat) } : {}),
        dryRun: options.dryRun === true,
      },
      change,
    );
    ctx.io.out(`${timeImportSummary(r, options.dryRun === true, options.billableKpi)}\n`);
    return;
  }
  if ((OKR_TOOLS as readonly string[]).includes(tool)) {
    const r = await importOkrs(
      store,
      options.workspace,
      text,
      {
        ...(options.cycle !== undefined ? { cycle: options.cycle } : {}),
        mapping: mapping(options.map ?? []),
        dryRun: options.dryRun === true,
      },
      change,
    );
    ctx.io.out(`${okrImportSummary(r, options.dryRun === true)}\n`);
    return;
  }
  throw new CliError(`unknown tool "${tool}": use one of ${IMPORT_TOOLS.join(', ')}.`, 2);
}

function mapping(pairs: readonly string[]): Partial<Record<OkrField, string>> {
  const out: Partial<Record<OkrField, string>> = {};
  for (const pair of pairs) {
    const [field = '', ...rest] = pair.split('=');
    const key = field.trim().replace(/[\s-_]+(\w)/g, (_, c: string) => c.toUpperCase()) as OkrField;
    if (!OKR_FIELDS.includes(key) || rest.length === 0) {
      throw new CliError(`--map ${pair}: write field=Header with a field among ${OKR_FIELDS.join(', ')}.`, 2);
    }
    out[key] = rest.join('=').trim();
  }
  return out;
}

function dateOrder(text: string): DateOrder {
  if (text === 'dmy' || text === 'mdy' || text === 'ymd') return text;
  throw new CliError(`--date-format ${text}: use dmy (23/11/2026), mdy (11/23/2026) or ymd (2026-11-23).`, 2);
}
