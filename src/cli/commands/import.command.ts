import type { Command } from 'commander';
import { importWorkspace } from '../../service/workspace-import.service.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';
import { readText, readWorkspaceFile } from '../workspace-file.js';
import { IMPORT_TOOLS, type ImportFromOptions, importFrom } from './import-from.js';
import { withStore } from './with-store.js';

type ImportOptions = ImportFromOptions & { db?: string; from?: string };

/** Goals as code → store, or another tool's export with --from. A broken file changes nothing. */
export function registerImportCommand(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .description('Load a workspace file into the database, or another tool’s export with --from.')
    .argument('<file>', 'workspace file (YAML or JSON), a CSV export with --from, or - for standard input')
    .option(
      '--workspace <name>',
      'store it under this name instead of the file’s (with --from: which workspace)',
    )
    .option(
      '--from <tool>',
      `import another tool's CSV export: ${IMPORT_TOOLS.join(', ')} (docs/importers.md)`,
    )
    .option('--initiative <id>', 'toggl/clockify: log every entry on this initiative')
    .option('--person <id>', 'toggl/clockify: log every entry for this person')
    .option('--billable-kpi <id>', 'toggl/clockify: add each week’s billable hours to this KPI')
    .option('--date-format <order>', 'toggl/clockify: dmy or mdy for dates like 03/04/2026')
    .option('--cycle <id>', 'OKR files: put every objective in this cycle')
    .option(
      '--map <field=Header>',
      'OKR files: the column of a field (repeatable)',
      (v, all: string[]) => [...all, v],
      [],
    )
    .option('--dry-run', 'check the file and say what would be imported, store nothing')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (file: string, options: ImportOptions) => {
      const url = resolveDatabaseUrl(options.db, ctx.io);
      const actor = `cli:${ctx.io.env.USER ?? ctx.io.env.USERNAME ?? 'unknown'}`;
      if (options.from !== undefined) {
        const text = await readText(file, ctx.io);
        const from = options.from;
        await withStore(ctx, url, (store) =>
          importFrom(ctx, store, from, text, options, { actor, at: ctx.io.now() }),
        );
        return;
      }
      const workspace = await readWorkspaceFile(file, ctx.io);
      await withStore(ctx, url, async (store) => {
        const result = await importWorkspace(store, workspace, {
          name: options.workspace,
          actor,
          at: ctx.io.now(),
        });
        const { created, updated, archived } = result.records;
        const { added, replaced, removed } = result.points;
        ctx.io.out(
          `${result.created ? 'Created' : 'Updated'} workspace "${result.workspace}" in ${store.description}: ` +
            `${created} records added, ${updated} changed, ${archived} archived; ` +
            `${added} points added, ${replaced} replaced, ${removed} removed.\n`,
        );
      });
    });
}
