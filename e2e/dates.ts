/** `YYYY-MM-DD` for today minus `days`, in UTC (the engine counts days in UTC). */
export function isoDaysAgo(days: number, now = new Date()): string {
  const d = new Date(now.getTime() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * The cycle the loop runs in: six weeks that end today. It includes today, so the drafted
 * OKR lands in it; it ends today, so closing it is closing on its last day, with the
 * achieved key result proposing its ratchet (proposals come only at a cycle's end).
 */
export function sixWeeksEndingToday(now = new Date()): { id: string; start: string; end: string } {
  return { id: 'support-push', start: isoDaysAgo(41, now), end: isoDaysAgo(0, now) };
}
