/** The demo's account and database, apart from demo.ts so `ratchet serve --help` loads no store. */
export const DEMO_EMAIL = 'demo@example.com';
export const DEMO_PASSWORD = 'ratchet-demo';
/** `--demo` keeps to a database of its own unless `--db` names one (issue 13, defect 9). */
export const DEMO_DATABASE_URL = 'sqlite:./data/ratchet-demo.db';

/** The database `serve --demo` uses: the one `--db` names, else its own, never $RATCHET_DB. */
export function demoDatabaseUrl(dbOption: string | undefined): string {
  return dbOption ?? DEMO_DATABASE_URL;
}
