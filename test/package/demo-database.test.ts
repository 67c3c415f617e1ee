import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../../src/server/demo-account.js';
import { startServeProcess } from './serve-process.js';

/** Issue 13, defect 9: `--demo` wrote into the real database, and its account stayed open. */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function signInAsDemo(url: string): Promise<number> {
  return fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
  }).then((r) => r.status);
}

describe('ratchet serve --demo', { timeout: 180_000 }, () => {
  it('keeps to ./data/ratchet-demo.db and never creates the real database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-demo-'));
    dirs.push(dir);
    const demo = await startServeProcess(['--demo'], dir);
    try {
      expect(demo.output()).toContain('ratchet-demo.db');
      expect(await signInAsDemo(demo.url)).toBe(200);
    } finally {
      await demo.stop();
    }
    expect(existsSync(join(dir, 'data/ratchet-demo.db'))).toBe(true);
    expect(existsSync(join(dir, 'data/ratchet.db'))).toBe(false);
  });

  it('with --db on the real database, a plain serve afterwards shuts the demo account out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-demo-'));
    dirs.push(dir);
    const db = ['--db', `sqlite:${join(dir, 'real.db')}`];
    const demo = await startServeProcess(['--demo', ...db], dir);
    await demo.stop();
    const plain = await startServeProcess(db, dir);
    try {
      expect(await signInAsDemo(plain.url)).toBe(401);
    } finally {
      await plain.stop();
    }
  });
});
