import { DEFAULT_DATABASE_URL } from '../store/database-url.js';
import type { CliIo } from './io.js';

/** The help text every command with a `--db` option shows. */
export const DB_OPTION_HELP = `database URL: sqlite:<path> or postgres://… (default $RATCHET_DB, else ${DEFAULT_DATABASE_URL})`;

/** `--db`, then $RATCHET_DB, then the SQLite file beside the working directory. */
export function resolveDatabaseUrl(option: string | undefined, io: CliIo): string {
  return option ?? io.env.RATCHET_DB ?? DEFAULT_DATABASE_URL;
}
