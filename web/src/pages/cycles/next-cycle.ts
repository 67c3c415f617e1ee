import type { Cycle } from '../../api/types.js';

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function quarterId(start: string): string {
  const [y, m] = start.split('-').map(Number);
  return `${y}-Q${Math.floor(((m ?? 1) - 1) / 3) + 1}`;
}

/** The cycle after `previous`: same length, starting the next day; a calendar quarter when none. */
export function nextCycle(
  previous: Cycle | undefined,
  today: string,
): { id: string; start: string; end: string } {
  if (!previous) {
    const [y, m] = today.split('-').map(Number);
    const q = Math.floor(((m ?? 1) - 1) / 3);
    const start = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const endMonth = new Date(Date.UTC(y ?? 2026, q * 3 + 3, 0));
    return { id: quarterId(start), start, end: endMonth.toISOString().slice(0, 10) };
  }
  const lengthDays = Math.round((Date.parse(previous.end) - Date.parse(previous.start)) / 86_400_000);
  const start = addDays(previous.end, 1);
  const [y, m, d] = start.split('-').map(Number);
  // A quarter-like cycle (80–100 days) starting on the 1st stays a calendar quarter.
  if (d === 1 && lengthDays >= 80 && lengthDays <= 100) {
    const end = new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1 + 3, 0)).toISOString().slice(0, 10);
    return { id: quarterId(start), start, end };
  }
  return { id: `cycle-${start}`, start, end: addDays(start, lengthDays) };
}
