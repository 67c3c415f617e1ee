import type { Store } from '../../store/database.js';
import { countHit, forgetHits, sweepHits } from '../../store/rate-limit.repository.js';

export interface RateVerdict {
  readonly allowed: boolean;
  readonly retryAfterSeconds: number;
}

/** A fixed-window counter per key. */
export interface RateLimiter {
  /** Counts one attempt for `key`; says whether it is allowed and, if not, for how long to wait. */
  hit(key: string): Promise<RateVerdict>;
  /** Forgets `key`, e.g. after a successful sign-in. */
  reset(key: string): Promise<void>;
}

export interface RateLimitOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now: () => number;
}

function verdict(options: RateLimitOptions, hits: number, windowStart: number, now: number): RateVerdict {
  if (hits <= options.limit) return { allowed: true, retryAfterSeconds: 0 };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000)),
  };
}

/**
 * Counted in the database, so every server on it counts the same attempts: five tries on
 * one server and five on another are ten. `name` keeps limiters apart in the one table.
 * Windows that ended are swept at most once a window per process.
 */
export function createSharedRateLimiter(store: Store, name: string, options: RateLimitOptions): RateLimiter {
  const prefix = `${name}:`;
  let lastSweep = options.now();
  return {
    async hit(key) {
      const now = options.now();
      if (now - lastSweep >= options.windowMs) {
        lastSweep = now;
        await sweepHits(store.db, prefix, now - options.windowMs);
      }
      const window = await countHit(store.db, `${prefix}${key}`, now, options.windowMs);
      return verdict(options, window.hits, window.windowStart, now);
    },
    async reset(key) {
      await forgetHits(store.db, `${prefix}${key}`);
    },
  };
}

/**
 * In this process's memory: for counts too frequent to write down (every API-token
 * request) where one process serves the database anyway (SQLite). A restart forgets the
 * windows, which only ever errs towards letting a caller back in.
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = options.now();

  function sweep(now: number): void {
    if (now - lastSweep < options.windowMs) return;
    lastSweep = now;
    for (const [key, window] of windows) {
      if (now - window.start >= options.windowMs) windows.delete(key);
    }
  }

  return {
    async hit(key) {
      const now = options.now();
      sweep(now);
      let window = windows.get(key);
      if (!window || now - window.start >= options.windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return verdict(options, window.count, window.start, now);
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}
