import type PgBoss from 'pg-boss';
import { runRawSql, type Store } from '../../store/database.js';
import { withSchemaLock } from '../../store/schema-lock.js';
import { checkCron } from './in-process-scheduler.js';
import { checkJobName, type JobHandler, type Scheduler, type SchedulerOptions } from './scheduler.js';

export const DEFAULT_QUEUE_SCHEMA = 'ratchet_jobs';

/**
 * pg-boss in its own schema, over the store's connection pool. Every server schedules the
 * same crons (an idempotent upsert); pg-boss's cron monitor sends one job per matching
 * minute whichever server notices first, and a worker takes each job with SKIP LOCKED, so
 * a tick runs on exactly one server. Queues use the `short` policy: at most one job waits
 * per queue, so nudges arriving while one waits fold into it.
 */
export function createQueueScheduler(store: Store, options: SchedulerOptions): Scheduler {
  const now = options.now ?? Date.now;
  const jobs = new Map<string, { readonly cron: string; readonly handler: JobHandler }>();
  // pg-boss loads with the first use of the queue: a server on SQLite never loads it.
  let made: Promise<PgBoss> | undefined;
  const bossOf = (): Promise<PgBoss> =>
    (made ??= import('pg-boss').then(({ default: Boss }) => {
      const boss = new Boss({
        db: {
          executeSql: async (text, values) => ({ rows: await runRawSql(store, text, values ?? []) }),
        },
        schema: options.queueSchema ?? DEFAULT_QUEUE_SCHEMA,
        cronMonitorIntervalSeconds: options.cronCheckSeconds ?? 30,
        cronWorkerIntervalSeconds: Math.max(1, Math.min(45, Math.round(options.pollingIntervalSeconds ?? 2))),
      });
      boss.on('error', (error) => options.logger?.error({ err: error }, 'Job queue error'));
      return boss;
    }));
  let started = false;

  // pg-boss 10 makes a table per queue: DDL, so it takes the schema lock like its install.
  const register = async (name: string, cron: string, handler: JobHandler): Promise<void> => {
    const boss = await bossOf();
    await withSchemaLock(store.db, () => boss.createQueue(name, { name, policy: 'short', retryLimit: 0 }));
    await boss.schedule(name, cron, {}, { tz: 'UTC' });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      try {
        await handler(now());
      } catch (error) {
        options.logger?.error({ err: error, job: name }, `Job ${name} failed`);
        throw error;
      }
    });
  };

  return {
    every(name, cron, handler) {
      checkJobName(name);
      if (jobs.has(name)) throw new Error(`Job "${name}" is already scheduled.`);
      checkCron(cron);
      jobs.set(name, { cron, handler });
      if (started) {
        register(name, cron, handler).catch((error: unknown) =>
          options.logger?.error({ err: error, job: name }, `Job ${name} could not be scheduled`),
        );
      }
    },
    async nudge(name) {
      if (!jobs.has(name)) throw new Error(`No job named "${name}" is scheduled.`);
      await (await bossOf()).send(name, {});
    },
    async start() {
      if (started) return;
      // pg-boss installs its schema on the first start: under the lock our migrations take,
      // so servers starting at once on an empty database never run that DDL side by side.
      const boss = await bossOf();
      await withSchemaLock(store.db, () => boss.start());
      started = true;
      for (const [name, job] of jobs) await register(name, job.cron, job.handler);
    },
    async stop() {
      if (!started) return;
      started = false;
      // graceful: runs in progress finish; wait: resolve only once they have.
      await (await bossOf()).stop({ graceful: true, wait: true, close: false, timeout: 30_000 });
    },
  };
}
