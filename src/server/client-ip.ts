import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The caller's address for rate limits and logs. X-Forwarded-For is only believed behind
 * `--trust-proxy`; otherwise anyone could pick a fresh address per attempt. Even then only
 * its RIGHTMOST entry is believed: that is the address our proxy saw and appended, while
 * every entry to its left came from the client, who may write anything there.
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket: the app is being called in-process (tests, `app.request`).
    return 'local';
  }
}
