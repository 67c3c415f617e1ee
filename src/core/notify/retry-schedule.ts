/**
 * Attempts per delivery, and consecutive failed attempts after which a subscription is
 * disabled: a receiver dead for every retry of one message is dead, not slow.
 */
export const MAX_ATTEMPTS = 6;

/**
 * The wait after the nth failed attempt: exponential backoff (base, 4×, 16×…), as the
 * Standard Webhooks spec recommends; with the default 30 s base the six attempts span
 * about three hours (30 s, 2 min, 8 min, 32 min, 2 h 8 min).
 */
export function retryDelay(failedAttempts: number, baseMs: number): number {
  return baseMs * 4 ** Math.max(0, failedAttempts - 1);
}
