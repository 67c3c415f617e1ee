import { ConflictError, NotFoundError, ValidationError } from '../../service/errors.js';
import { closeDatabase, DatabaseOpenError, openDatabase, type Store } from '../../store/database.js';
import { CliError } from '../cli-error.js';
import { resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';

/**
 * Opens the database named by --db, $RATCHET_DB or the default, runs `work`, and closes
 * it; the services' typed errors become CLI errors with their own messages.
 */
export async function withStore<T>(
  ctx: CommandContext,
  db: string | undefined,
  work: (store: Store) => Promise<T>,
  /** `mustExist`: the command reads or changes what is there, so a database it did not find is an error. */
  options: { readonly mustExist?: boolean } = {},
): Promise<T> {
  const url = resolveDatabaseUrl(db, ctx.io);
  let store: Store;
  try {
    // Only commands that start something (import, user add, workspace create, serve) may
    // create a database: the others never make one, or its folder, out of a typo.
    store = await openDatabase(url, { cwd: ctx.io.cwd, mustExist: options.mustExist ?? false });
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(error.message);
    throw error;
  }
  try {
    return await work(store);
  } catch (error) {
    if (
      error instanceof NotFoundError ||
      error instanceof ConflictError ||
      error instanceof ValidationError
    ) {
      throw new CliError(error.message);
    }
    throw error;
  } finally {
    await closeDatabase(store);
  }
}
