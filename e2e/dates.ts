/** `YYYY-MM-DD` for today minus `days`, in UTC (the engine counts days in UTC). */
export function isoDaysAgo(days: number, now = new Date()): string {
  const d = new Date(now.getTime() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** The calendar quarter around today: the cycle the new workspace plans in. */
export function currentQuarter(now = new Date()): { id: string; start: string; end: string } {
  const year = now.getUTCFullYear();
  const q = Math.floor(now.getUTCMonth() / 3);
  const start = new Date(Date.UTC(year, q * 3, 1)).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
  return { id: `${year}-Q${q + 1}`, start, end };
}
