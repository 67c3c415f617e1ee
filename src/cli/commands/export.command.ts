import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadWorkspace } from '../../service/workspace-load.service.js';
import { serializeWorkspace } from '../../workspace/index.js';
import { CliError } from '../cli-error.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';
import { withStore } from './with-store.js';

/** Store → goals as code: the file `import` reads back to the same workspace. */
export function registerExportCommand(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description('Write a workspace from the database as a workspace file (standard output by default).')
    .option('--workspace <name>', 'which workspace (needed when the database holds several)')
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--include-secrets', 'write KPI source secrets (tokens, connection strings) instead of <secret>')
    .option('--db <url>', DB_OPTION_HELP)
    .action(
      async (options: {
        workspace?: string;
        format: string;
        output?: string;
        db?: string;
        includeSecrets?: boolean;
      }) => {
        const format = options.format;
        if (format !== 'yaml' && format !== 'json') {
          throw new CliError(`unknown format "${format}": use --format yaml or --format json.`);
        }
        const url = resolveDatabaseUrl(options.db, ctx.io);
        const text = await withStore(
          ctx,
          url,
          async (store) =>
            serializeWorkspace(
              await loadWorkspace(store, options.workspace, {
                includeSecrets: options.includeSecrets === true,
              }),
              format,
            ),
          { mustExist: true },
        );
        if (options.output === undefined) {
          ctx.io.out(text);
          return;
        }
        await writeFile(resolve(ctx.io.cwd, options.output), text, 'utf8');
        ctx.io.err(`Wrote ${options.output}.\n`);
      },
    );
}
