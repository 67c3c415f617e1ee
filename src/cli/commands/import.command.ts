import type { Command } from 'commander';
import { importWorkspace } from '../../service/workspace-import.service.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';
import { readWorkspaceFile } from '../workspace-file.js';
import { withStore } from './with-store.js';

/** Goals as code → store. A broken file prints its diagnostics and changes nothing. */
export function registerImportCommand(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .description('Load a workspace file into the database, replacing that workspace’s content.')
    .argument('<file>', 'workspace file (YAML or JSON), or - for standard input')
    .option('--workspace <name>', 'store it under this name instead of the file’s')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (file: string, options: { workspace?: string; db?: string }) => {
      const workspace = await readWorkspaceFile(file, ctx.io);
      const url = resolveDatabaseUrl(options.db, ctx.io);
      const actor = `cli:${ctx.io.env.USER ?? ctx.io.env.USERNAME ?? 'unknown'}`;
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
