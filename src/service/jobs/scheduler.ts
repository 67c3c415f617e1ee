import type { Store } from '../../store/database.js';
import { createInProcessScheduler } from './in-process-scheduler.js';
import { createQueueScheduler } from './queue-scheduler.js';

/** Periodic work: told the instant it runs at (epoch ms), so it never reads the clock itself. */
export type JobHandler = (at: number) => Promise<void>;

/**
 * The one scheduler for alerts, reminders, digests and deliveries. Register jobs with
 * `every`, then `start`; `nudge` asks for a run soon (a write that queued deliveries, say),
 * and nudges that arrive while a run is queued fold into it.
 */
export interface Scheduler {
  /**
   * Runs `handler` on a five-field cron pattern in UTC (`*\/5 * * * *`, `0 8 * * 1`).
   * Minute resolution: PostgreSQL's queue guarantees one run per matching minute.
   */
  every(name: string, cron: string, handler: JobHandler): void;
  /** Runs the job soon, once, whichever server picks it up. */
  nudge(name: string): Promise<void>;
  start(): Promise<void>;
  /** Stops the clock and waits for runs in progress to finish. */
  stop(): Promise<void>;
}

export interface SchedulerLogger {
  error(details: object, message: string): void;
}

export interface SchedulerOptions {
  readonly logger?: SchedulerLogger;
  readonly now?: () => number;
  /** PostgreSQL: the schema pg-boss keeps its queues in (default `ratchet_jobs`). */
  readonly queueSchema?: string;
  /** PostgreSQL: seconds between polls for due jobs (default 2; at least 0.5). */
  readonly pollingIntervalSeconds?: number;
  /** PostgreSQL: seconds between checks of the cron table (default 30; 1 to 45). */
  readonly cronCheckSeconds?: number;
}

/**
 * SQLite has one server process, so croner runs the jobs in it. PostgreSQL may have
 * several servers behind a load balancer; pg-boss (a queue in PostgreSQL) makes each
 * tick and each nudge run exactly once across all of them.
 */
export function createScheduler(store: Store, options: SchedulerOptions = {}): Scheduler {
  return store.dialect === 'postgres'
    ? createQueueScheduler(store, options)
    : createInProcessScheduler(options);
}

/** Job names travel as queue names: letters, digits, `-`, `_` and `.` only. */
export function checkJobName(name: string): void {
  if (!/^[A-Za-z][\w.-]{0,99}$/.test(name)) {
    throw new Error(`Job name "${name}": use letters, digits, "-", "_" or "." (e.g. "webhook-deliveries").`);
  }
}
