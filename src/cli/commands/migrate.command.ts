import type { Command } from 'commander';
import { closeDatabase, DatabaseOpenError, openDatabase } from '../../store/database.js';
import { MigrationError, migrateToLatest } from '../../store/migrator.js';
import { CliError } from '../cli-error.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';

/** Brings the database schema up to date (every other command does it on open, too). */
export function registerMigrateCommand(program: Command, ctx: CommandContext): void {
  program
    .command('migrate')
    .description('Create or upgrade the database schema; safe to run any time.')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: { db?: string }) => {
      const url = resolveDatabaseUrl(options.db, ctx.io);
      const store = await openDatabase(url, { cwd: ctx.io.cwd, migrate: false }).catch((error: unknown) => {
        throw error instanceof DatabaseOpenError ? new CliError(error.message) : error;
      });
      try {
        const { applied } = await migrateToLatest(store.db);
        ctx.io.out(
          applied.length === 0
            ? `${store.description} is up to date.\n`
            : `Migrated ${store.description}: ${applied.join(', ')}.\n`,
        );
      } catch (error) {
        if (error instanceof MigrationError) throw new CliError(error.message, 1);
        throw error;
      } finally {
        await closeDatabase(store);
      }
    });
}
