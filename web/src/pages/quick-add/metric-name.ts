/** "first response time" → "First response time"; acronyms (NPS, MRR) stay as they are. */
export function metricTitle(metric: string | null, fallback: string): string {
  const text = (metric ?? fallback).trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
