import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../store/database.js';
import { createSecretBox, keyFromSetting } from './secret-box.js';
import { KEY_FILE_NAME, secretsFor } from './server-secrets.js';

const key = keyFromSetting('0'.repeat(64));

describe('secrets at rest', () => {
  it('open(seal(x)) is x for any text, and the sealed form never shows it', () => {
    const box = createSecretBox(key);
    fc.assert(
      fc.property(fc.string({ minLength: 4 }), (plain) => {
        const sealed = box.seal(plain);
        expect(box.open(sealed)).toBe(plain);
        expect(sealed).not.toContain(plain);
      }),
    );
  });

  it('a value sealed under another key is refused with words that say how to fix it', () => {
    const sealed = createSecretBox(keyFromSetting('another passphrase')).seal('hook-secret');
    expect(() => createSecretBox(key).open(sealed)).toThrow(/RATCHET_SECRET_KEY .* changed/);
  });

  it('an altered value is refused, not opened to garbage', () => {
    const box = createSecretBox(key);
    const sealed = box.seal('smtp-password');
    const tampered = `${sealed.slice(0, -4)}AAAA`;
    expect(() => box.open(tampered)).toThrow();
  });

  it('takes hex, base64 or a passphrase as RATCHET_SECRET_KEY', () => {
    expect(keyFromSetting('ab'.repeat(32))).toHaveLength(32);
    expect(keyFromSetting(Buffer.alloc(32, 7).toString('base64'))).toEqual(Buffer.alloc(32, 7));
    expect(keyFromSetting('correct horse battery staple')).toHaveLength(32);
    expect(() => keyFromSetting('  ')).toThrow(/openssl rand/);
  });

  it('a SQLite database without a configured key gets a key file beside it, kept across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-secrets-'));
    const first = await openDatabase(`sqlite:${join(dir, 'ratchet.db')}`);
    const sealed = secretsFor(first, {}).seal('webhook secret');
    await closeDatabase(first);
    expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, KEY_FILE_NAME), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);

    const again = await openDatabase(`sqlite:${join(dir, 'ratchet.db')}`);
    expect(secretsFor(again, {}).open(sealed)).toBe('webhook secret');
    await closeDatabase(again);
  });

  it('RATCHET_SECRET_KEY wins over the key file', async () => {
    const store = await openDatabase('sqlite::memory:');
    const sealed = secretsFor(store, { RATCHET_SECRET_KEY: 'ab'.repeat(32) }).seal('x-token');
    expect(createSecretBox(keyFromSetting('ab'.repeat(32))).open(sealed)).toBe('x-token');
    await closeDatabase(store);
  });
});
