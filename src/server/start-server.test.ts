import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './start-server.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ratchet serve', () => {
  it('runs the job scheduler while it serves and lets a running job finish when it stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-serve-'));
    dirs.push(dir);
    const server = await startServer({
      databaseUrl: `sqlite:${join(dir, 'ratchet.db')}`,
      port: 0,
      host: '127.0.0.1',
      trustProxy: false,
      logger: pino({ level: 'silent' }),
    });
    const events: string[] = [];
    server.scheduler.every('probe', '0 3 * * *', async () => {
      events.push('started');
      await new Promise((resolve) => setTimeout(resolve, 200));
      events.push('finished');
    });
    await server.scheduler.nudge('probe');
    while (events.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));

    await server.stop();

    expect(events).toEqual(['started', 'finished']);
  });
});
