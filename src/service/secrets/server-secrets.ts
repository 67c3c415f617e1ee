import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Store } from '../../store/database.js';
import { createSecretBox, keyFromSetting, type SecretBox, SecretKeyError } from './secret-box.js';

/** The key file Ratchet creates beside a SQLite database when no key is set. */
export const KEY_FILE_NAME = 'ratchet.key';

const boxes = new WeakMap<Store, SecretBox>();

/**
 * The secret box for this store's data. The key comes from `RATCHET_SECRET_KEY`; without
 * it a SQLite database gets a key file beside it (created once, mode 0600, and copied by
 * `ratchet backup` users along with the database); an in-memory database gets a key for
 * the life of the process. PostgreSQL needs the setting: several servers share the data,
 * so they must share the key.
 */
export function secretsFor(store: Store, env: NodeJS.ProcessEnv = process.env): SecretBox {
  let box = boxes.get(store);
  if (!box) {
    box = createSecretBox(loadKey(store, env));
    boxes.set(store, box);
  }
  return box;
}

function loadKey(store: Store, env: NodeJS.ProcessEnv): Buffer {
  const setting = env.RATCHET_SECRET_KEY;
  if (setting !== undefined && setting !== '') return keyFromSetting(setting);
  if (store.dialect === 'postgres') {
    throw new SecretKeyError(
      'Set RATCHET_SECRET_KEY to store secrets on PostgreSQL (every server must use the same key), e.g. RATCHET_SECRET_KEY=$(openssl rand -hex 32).',
    );
  }
  if (store.file === undefined) return randomBytes(32);
  const path = join(dirname(store.file), KEY_FILE_NAME);
  if (existsSync(path)) return keyFromSetting(readFileSync(path, 'utf8'));
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  // 'wx' fails when another process created the file first; then use theirs.
  try {
    writeFileSync(path, `${key.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
    return key;
  } catch {
    return keyFromSetting(readFileSync(path, 'utf8'));
  }
}
