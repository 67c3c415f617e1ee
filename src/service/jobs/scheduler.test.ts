import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import type { Store } from '../../store/database.js';
import { createScheduler, type Scheduler, type SchedulerOptions } from './scheduler.js';

const started: Scheduler[] = [];
const queueSchemas: string[] = [];

afterEach(async () => {
  for (const scheduler of started.splice(0)) await scheduler.stop();
  const url = process.env.RATCHET_TEST_PG;
  if (!url) return;
  for (const schema of queueSchemas.splice(0)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
});

/** A scheduler as a server would run it, polling fast so the test need not wait long. */
function schedulerFor(store: Store, schema: string, options: SchedulerOptions = {}): Scheduler {
  const scheduler = createScheduler(store, {
    queueSchema: schema,
    pollingIntervalSeconds: 0.5,
    cronCheckSeconds: 1,
    ...options,
  });
  started.push(scheduler);
  return scheduler;
}

function newQueueSchema(): string {
  const schema = `ratchet_jobs_${randomBytes(5).toString('hex')}`;
  queueSchemas.push(schema);
  return schema;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const dialect of testDialects()) {
  describe(`the job scheduler on ${dialect.name}`, () => {
    it('runs a nudged job once, told the instant it runs at', async () => {
      const store = await dialect.open();
      const scheduler = schedulerFor(store, newQueueSchema(), { now: () => 42 });
      const runs: number[] = [];
      scheduler.every('deliveries', '0 3 * * *', async (at) => {
        runs.push(at);
      });
      await scheduler.start();

      await scheduler.nudge('deliveries');
      await until(() => runs.length === 1, 10_000);
      await pause(1_500);

      expect(runs).toEqual([42]);
    });

    it('keeps running after a job fails, and the next nudge runs it again', async () => {
      const store = await dialect.open();
      const scheduler = schedulerFor(store, newQueueSchema(), { logger: { error: () => undefined } });
      let attempts = 0;
      scheduler.every('flaky', '0 3 * * *', async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('receiver down');
      });
      await scheduler.start();

      await scheduler.nudge('flaky');
      await until(() => attempts === 1, 10_000);
      await scheduler.nudge('flaky');
      await until(() => attempts === 2, 10_000);
    });

    it('waits for a run in progress when it stops', async () => {
      const store = await dialect.open();
      const scheduler = schedulerFor(store, newQueueSchema());
      let finished = false;
      let began = false;
      scheduler.every('digest', '0 3 * * *', async () => {
        began = true;
        await pause(300);
        finished = true;
      });
      await scheduler.start();
      await scheduler.nudge('digest');
      await until(() => began, 10_000);

      await scheduler.stop();

      expect(finished).toBe(true);
    });

    it('refuses a job name or cron pattern it cannot honour on both databases', async () => {
      const store = await dialect.open();
      const scheduler = schedulerFor(store, newQueueSchema());
      const nothing = async () => undefined;
      expect(() => scheduler.every('weekly digest', '0 8 * * 1', nothing)).toThrow(/letters, digits/);
      expect(() => scheduler.every('digest', '*/10 * * * * *', nothing)).toThrow(/five fields/);
      expect(() => scheduler.every('digest', '0 25 * * *', nothing)).toThrow(/five fields/);
      await expect(scheduler.nudge('unknown')).rejects.toThrow(/No job named "unknown"/);
    });
  });
}

describe('a cron tick', () => {
  // One test for both databases, so the suite waits for one minute boundary, not two.
  it('runs once per matching minute: in the server process on SQLite, on one of two servers on PostgreSQL', {
    timeout: 90_000,
  }, async () => {
    const runs: { readonly dialect: string; readonly minute: number }[] = [];
    for (const dialect of testDialects()) {
      const schema = newQueueSchema();
      // Each server has its own connection pool, as two processes would (SQLite has one).
      for (const _server of dialect.name === 'postgres' ? ['first', 'second'] : ['only']) {
        const scheduler = schedulerFor(await dialect.open(), schema);
        scheduler.every('minutely', '* * * * *', async (at) => {
          runs.push({ dialect: dialect.name, minute: Math.floor(at / 60_000) });
        });
        await scheduler.start();
      }
    }
    const nextMinute = Math.floor(Date.now() / 60_000) + 1;
    const ranAtBoundary = (name: string) => runs.some((r) => r.dialect === name && r.minute === nextMinute);

    await until(() => testDialects().every((d) => ranAtBoundary(d.name)), 75_000);
    await pause(4_000);

    for (const dialect of testDialects()) {
      // pg-boss also runs the minute it started in (a tick missed within the last minute
      // is caught up); what matters is that no minute runs twice.
      const minutes = runs.filter((r) => r.dialect === dialect.name).map((r) => r.minute);
      expect(new Set(minutes).size, `${dialect.name} ran ${minutes.join(', ')}`).toBe(minutes.length);
    }
  });
});
