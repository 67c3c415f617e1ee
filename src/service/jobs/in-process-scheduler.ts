import { Cron } from 'croner';
import { checkJobName, type JobHandler, type Scheduler, type SchedulerOptions } from './scheduler.js';

interface InProcessJob {
  readonly name: string;
  readonly cron: string;
  readonly handler: JobHandler;
  timer?: Cron;
  running?: Promise<void>;
  again: boolean;
}

/**
 * Croner timers in this process (SQLite: one server). A job never overlaps itself: a tick
 * or nudge that arrives while it runs makes it run once more afterwards.
 */
export function createInProcessScheduler(options: SchedulerOptions): Scheduler {
  const now = options.now ?? Date.now;
  const jobs = new Map<string, InProcessJob>();
  let started = false;
  let stopped = false;

  const run = (job: InProcessJob): void => {
    if (stopped) return;
    if (job.running) {
      job.again = true;
      return;
    }
    job.running = (async () => {
      do {
        job.again = false;
        try {
          await job.handler(now());
        } catch (error) {
          options.logger?.error({ err: error, job: job.name }, `Job ${job.name} failed`);
        }
      } while (job.again && !stopped);
    })().finally(() => {
      job.running = undefined;
    });
  };

  const arm = (job: InProcessJob): void => {
    job.timer = new Cron(job.cron, { timezone: 'UTC' }, () => run(job));
  };

  return {
    every(name, cron, handler) {
      checkJobName(name);
      if (jobs.has(name)) throw new Error(`Job "${name}" is already scheduled.`);
      checkCron(cron);
      const job: InProcessJob = { name, cron, handler, again: false };
      jobs.set(name, job);
      if (started && !stopped) arm(job);
    },
    async nudge(name) {
      const job = jobs.get(name);
      if (!job) throw new Error(`No job named "${name}" is scheduled.`);
      setImmediate(() => run(job));
    },
    async start() {
      if (started) return;
      started = true;
      for (const job of jobs.values()) arm(job);
    },
    async stop() {
      stopped = true;
      for (const job of jobs.values()) job.timer?.stop();
      await Promise.all([...jobs.values()].map((job) => job.running));
    },
  };
}

/** Five fields, as pg-boss reads them, so a pattern means the same on both databases. */
export function checkCron(cron: string): void {
  const fields = cron.trim().split(/\s+/);
  let valid = fields.length === 5;
  if (valid) {
    try {
      new Cron(cron, { paused: true }).stop();
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    throw new Error(
      `Cron pattern "${cron}": use five fields, minute hour day-of-month month day-of-week (e.g. "0 8 * * 1").`,
    );
  }
}
