import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import type { SignInSettings } from '../service/accounts/sso/sso-settings.js';
import { watchAlerts } from '../service/alerts/alert-watch.js';
import { createScheduler, type Scheduler } from '../service/jobs/scheduler.js';
import { registerServerJobs, WEEKLY_NOTICES_JOB } from '../service/jobs/server-jobs.js';
import { takeBackAbandonedDeliveries } from '../service/notify/deliver.js';
import { DELIVERY_JOB } from '../service/notify/delivery-watch.js';
import { closeDatabase, openDatabase, type Store } from '../store/database.js';
import { holdServerLock } from '../store/server-lock.js';
import { createApp } from './app.js';
import { type BoundPort, bindPort } from './bound-port.js';
import { createEventHub } from './events.js';
import { DEFAULT_BODY_LIMITS } from './middleware/request-body.js';
import { type RunningServer, serveApp } from './node-server.js';
import { DEFAULT_RATE_LIMITS, type ServerDeps } from './server-deps.js';

export interface StartOptions {
  readonly databaseUrl: string;
  readonly port: number;
  readonly host: string;
  /**
   * The port, bound already: `ratchet serve` binds before it loads the server, so
   * `/healthz` answers while the app loads (`port` and `host` are then the ones it bound).
   */
  readonly bound?: BoundPort;
  readonly trustProxy: boolean;
  readonly logger?: Logger;
  /** Relative SQLite paths resolve against this directory. */
  readonly cwd?: string;
  /** Runs after the database opens and before the port binds (e.g. loading demo data). */
  readonly beforeListen?: (store: Store) => Promise<void>;
  /**
   * On stop, how long `/readyz` answers 503 while requests are still served, so a load
   * balancer polling it stops sending traffic before the listener closes (default 0).
   */
  readonly drainDelayMs?: number;
  /** Single sign-on and password sign-in (default: passwords only). */
  readonly signIn?: SignInSettings;
}

/** `web/dist` beside `src/` or `dist/`: the same relative place from either build. */
export function defaultWebRoot(): string | null {
  const path = fileURLToPath(new URL('../../web/dist', import.meta.url));
  return existsSync(path) ? path : null;
}

/**
 * Binds the port (first: a wrong --host or a taken port fails before a database is opened
 * or created), opens the database, puts the app on the port, and returns a handle whose
 * `stop` drains and closes both.
 */
export async function startServer(
  options: StartOptions,
): Promise<
  RunningServer & { readonly store: Store; readonly scheduler: Scheduler; readonly stop: () => Promise<void> }
> {
  const logger = options.logger ?? pino({ redact: ['req.headers.authorization', 'req.headers.cookie'] });
  const bound = options.bound ?? (await bindPort(options.port, options.host));
  let store: Store;
  try {
    store = await openDatabase(options.databaseUrl, { cwd: options.cwd });
  } catch (error) {
    bound.close();
    throw error;
  }
  // `ratchet restore` refuses a database while this mark names a live server.
  const releaseLock = store.file ? holdServerLock(store.file) : () => undefined;
  try {
    await options.beforeListen?.(store);
    const deps: ServerDeps = {
      store,
      logger,
      now: () => Date.now(),
      trustProxy: options.trustProxy,
      webRoot: defaultWebRoot(),
      bodyLimits: DEFAULT_BODY_LIMITS,
      rateLimits: DEFAULT_RATE_LIMITS,
      lifecycle: { draining: false, starting: true },
      ...(options.signIn ? { signIn: options.signIn } : {}),
    };
    const events = createEventHub();
    const running = serveApp(createApp(deps, events), deps, bound);
    // Alerts, reminders, digests and deliveries: in this process on SQLite, shared through
    // a queue on PostgreSQL so each tick runs on one server only.
    const scheduler = createScheduler(store, { logger, now: deps.now });
    // Every ingest is followed by an alert evaluation of the KPIs it touched.
    const alerts = watchAlerts(store, {
      now: deps.now,
      onError: (error) => logger.error({ err: error }, 'Alert evaluation failed; the next tick retries'),
    });
    const stopDeliveries = registerServerJobs(scheduler, store, (error) =>
      logger.error({ err: error }, 'Could not queue a delivery run; the next minute retries'),
    );
    try {
      await takeBackAbandonedDeliveries(store, deps.now());
      await scheduler.start();
      // What a stopped (or killed) server left in the outbox goes out now, not at the next tick.
      await scheduler.nudge(DELIVERY_JOB);
      // A server started on the week start after the digest's hour sends what is due today.
      await scheduler.nudge(WEEKLY_NOTICES_JOB);
      deps.lifecycle.starting = false;
    } catch (error) {
      stopDeliveries();
      await alerts.stop();
      await running.close();
      throw error;
    }
    const stop = async () => {
      deps.lifecycle.draining = true;
      if (options.drainDelayMs) await new Promise((resolve) => setTimeout(resolve, options.drainDelayMs));
      // Event streams never end by themselves; close them so the drain can finish.
      events.closeAll();
      await running.close();
      // Jobs in progress finish before the database closes under them.
      stopDeliveries();
      await scheduler.stop();
      await alerts.stop();
      await closeDatabase(store);
      releaseLock();
    };
    return { ...running, store, scheduler, stop };
  } catch (error) {
    bound.close();
    await closeDatabase(store);
    releaseLock();
    throw error;
  }
}
