import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword, verifyPassword } from '../service/accounts/password.js';
import { newSecret } from '../service/accounts/secrets.js';
import { addUser, replacePassword } from '../service/accounts/user.service.js';
import { importWorkspace } from '../service/workspace-import.service.js';
import { findUserByEmail } from '../store/accounts/user.repository.js';
import type { Store } from '../store/database.js';
import { formatDiagnostics, parseWorkspace } from '../workspace/index.js';
import { DEMO_EMAIL, DEMO_PASSWORD } from './demo-account.js';

/**
 * A plain `serve` on a database that once ran `--demo` (with `--db`): the demo account's
 * published password stops working and its sessions end. It keeps its roles, so the
 * example workspaces keep an owner; `--demo` sets the password again.
 */
export async function retireDemoAccount(store: Store, now: number): Promise<boolean> {
  const user = await findUserByEmail(store.db, DEMO_EMAIL);
  if (!user || !(await verifyPassword(user.password_hash, DEMO_PASSWORD))) return false;
  const unknowable = await hashPassword(newSecret('retired-demo-'));
  await store.db.transaction().execute((trx) => replacePassword(trx, user.id, unknowable, now));
  return true;
}

/** `examples/` of the package, whether running from `src/` or `dist/`. */
export function examplesDir(): string {
  return fileURLToPath(new URL('../../examples', import.meta.url));
}

/**
 * Loads every `examples/*.yaml` into the store and gives the demo user the owner role in
 * each, so `ratchet serve --demo` opens on real-looking data. Re-running refreshes them.
 */
export async function loadDemo(store: Store, now: number, dir = examplesDir()): Promise<string[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
  } catch {
    throw new Error(`--demo needs the example workspaces in ${dir}, and that folder is missing.`);
  }
  if (files.length === 0) throw new Error(`--demo found no .yaml workspaces in ${dir}.`);
  const loaded: string[] = [];
  for (const file of files) {
    const parsed = parseWorkspace(await readFile(join(dir, file), 'utf8'), file);
    if (!parsed.workspace)
      throw new Error(`The example ${file} does not parse:\n${formatDiagnostics(parsed.diagnostics)}`);
    const result = await importWorkspace(store, parsed.workspace, { actor: 'system', at: now });
    await addUser(
      store.db,
      {
        email: DEMO_EMAIL,
        password: DEMO_PASSWORD,
        name: 'Demo',
        workspace: result.workspace,
        role: 'owner',
      },
      now,
    );
    loaded.push(result.workspace);
  }
  return loaded;
}
