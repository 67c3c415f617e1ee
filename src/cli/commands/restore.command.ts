import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BackupFileError, inspectSqliteBackup, restoreSqliteFile } from '../../store/backup.js';
import { closeDatabase, openDatabase, sqlitePath } from '../../store/database.js';
import { BackupUnsupportedError } from '../../store/dialect.js';
import { serverHoldingDatabase } from '../../store/server-lock.js';
import { CliError } from '../cli-error.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';

/** Puts a backup back in place, after proving it is a Ratchet database; keeps the old one. */
export function registerRestoreCommand(program: Command, ctx: CommandContext): void {
  program
    .command('restore')
    .description('Replace the SQLite database with a backup (stop `ratchet serve` first).')
    .argument('<file>', 'a file made by `ratchet backup`')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (file: string, options: { db?: string }) => {
      const url = resolveDatabaseUrl(options.db, ctx.io);
      const target = sqlitePath(url, ctx.io.cwd);
      if (target === undefined) throw new CliError(new BackupUnsupportedError().message);
      if (target === ':memory:')
        throw new CliError('cannot restore into an in-memory database; name a file.');
      const server = serverHoldingDatabase(target);
      if (server !== null) {
        throw new CliError(
          `nothing restored: \`ratchet serve\` (process ${server}) is using ${target}. ` +
            'Stop it first (Ctrl-C, or kill the process), then run the restore again.',
          1,
        );
      }
      const backup = resolve(ctx.io.cwd, file);
      let info: ReturnType<typeof inspectSqliteBackup>;
      try {
        info = inspectSqliteBackup(backup);
      } catch (error) {
        if (error instanceof BackupFileError) throw new CliError(`nothing restored: ${error.message}`, 1);
        throw error;
      }
      const safetyCopy = `${target}.before-restore-${new Date(ctx.io.now()).toISOString().replace(/[:.]/g, '-')}`;
      const replaced = await restoreSqliteFile(backup, target, safetyCopy);
      // A backup from an older Ratchet is brought up to this version's schema.
      const store = await openDatabase(`sqlite:${target}`);
      await closeDatabase(store);
      ctx.io.out(
        `Restored ${file} into ${target} (${info.workspaces.length} workspace${info.workspaces.length === 1 ? '' : 's'}: ` +
          `${info.workspaces.join(', ') || 'none'}).${replaced ? ` The database it replaced is kept at ${safetyCopy}.` : ''}\n`,
      );
    });
}
