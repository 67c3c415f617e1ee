/**
 * A fixed-window counter per key, in memory. One Ratchet process serves one
 * organisation, so in-process counting is enough; a restart forgets the windows, which
 * only ever errs towards letting a user back in.
 */
export interface RateLimiter {
  /** Counts one attempt for `key`; says whether it is allowed and, if not, for how long to wait. */
  hit(key: string): { readonly allowed: boolean; readonly retryAfterSeconds: number };
  /** Forgets `key`, e.g. after a successful sign-in. */
  reset(key: string): void;
}

export function createRateLimiter(options: {
  readonly limit: number;
  readonly windowMs: number;
  readonly now: () => number;
}): RateLimiter {
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
    hit(key) {
      const now = options.now();
      sweep(now);
      let window = windows.get(key);
      if (!window || now - window.start >= options.windowMs) {
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= options.limit) return { allowed: true, retryAfterSeconds: 0 };
      const retryAfterSeconds = Math.max(1, Math.ceil((window.start + options.windowMs - now) / 1000));
      return { allowed: false, retryAfterSeconds };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
