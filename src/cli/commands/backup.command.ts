import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { closeDatabase, openDatabase, sqlitePath } from '../../store/database.js';
import { BackupUnsupportedError, backupTo } from '../../store/dialect.js';
import { CliError } from '../cli-error.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';

/** A consistent copy of a live SQLite database; PostgreSQL users get pointed to pg_dump. */
export function registerBackupCommand(program: Command, ctx: CommandContext): void {
  program
    .command('backup')
    .description('Copy the SQLite database to a file while Ratchet keeps running.')
    .argument('<file>', 'the backup file to create (must not exist yet)')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (file: string, options: { db?: string }) => {
      const url = resolveDatabaseUrl(options.db, ctx.io);
      const source = sqlitePath(url, ctx.io.cwd);
      if (source === undefined) throw new CliError(new BackupUnsupportedError().message);
      if (source !== ':memory:' && !existsSync(source)) {
        throw new CliError(`there is no database at ${source} to back up; check --db or RATCHET_DB.`);
      }
      const target = resolve(ctx.io.cwd, file);
      if (existsSync(target))
        throw new CliError(`${file} already exists; choose a new file name or remove it first.`);
      if (!existsSync(dirname(target)))
        throw new CliError(
          `the folder ${dirname(target)} does not exist; create it first or back up into another folder.`,
          1,
        );
      const store = await openDatabase(url, { cwd: ctx.io.cwd, migrate: false });
      try {
        await backupTo(store.db, target);
      } finally {
        await closeDatabase(store);
      }
      ctx.io.out(`Backed up ${store.description} to ${file} (${statSync(target).size} bytes).\n`);
    });
}
