/**
 * Now, to the minute, as an ISO instant: what a value or check-in entered "now" is stamped
 * with. The server evaluates the dashboard as of the current minute (it caches answers
 * per minute), so a value stamped seconds later than that would stay out of the KPI's
 * status until the next minute, and the page would contradict what was just saved.
 */
export function nowToTheMinute(now = Date.now()): string {
  return new Date(Math.floor(now / 60_000) * 60_000).toISOString();
}

/** Today as an ISO day ("2026-12-01"), in UTC like the server's cycles and due dates. */
export function todayIso(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}
