import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPoints } from '../../src/service/data-point.service.js';
import { closeDatabase, openDatabase } from '../../src/store/database.js';

const dir = mkdtempSync(join(tmpdir(), 'ratchet-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite durability', () => {
  it('every write acknowledged before a kill -9 is still there afterwards', async () => {
    const file = join(dir, 'ratchet.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'durability-writer.ts'), file],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let lastAck = 0;
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`the writer exited on its own (${code})`)));
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) lastAck = Number(line.slice('ack '.length));
        if (lastAck >= 50) {
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          child.on('exit', () => resolve());
        }
      });
    });
    const store = await openDatabase(`sqlite:${file}`);
    const points = await listPoints(store, undefined, 'utilisation');
    await closeDatabase(store);
    expect(points.length).toBeGreaterThanOrEqual(lastAck);
    expect(points.slice(0, lastAck).map((p) => p.at)).toEqual(
      Array.from({ length: lastAck }, (_, i) => i + 1),
    );
  }, 30_000);
});
