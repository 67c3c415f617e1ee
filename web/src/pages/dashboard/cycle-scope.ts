/** What the scope needs of a cycle: its id and its dates. */
export interface CycleDates {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

/**
 * Which cycles' objectives the dashboard shows. By default the current ones: every cycle
 * that includes today (a quarter and a year may overlap); before the first cycle starts,
 * the next one; after the last one ends, the latest. `?cycle=all` shows every cycle and
 * `?cycle=<id>` one.
 */
export type CycleScope =
  | { readonly kind: 'current'; readonly cycles: readonly CycleDates[] }
  | { readonly kind: 'all' }
  | { readonly kind: 'one'; readonly cycle: string };

export const ALL_CYCLES = 'all';

/** The cycles that include `today` (YYYY-MM-DD), else the next to start, else the latest. */
export function currentCycles<C extends CycleDates>(cycles: readonly C[], today: string): readonly C[] {
  const running = cycles.filter((c) => c.start <= today && today <= c.end);
  if (running.length > 0) return [...running].sort((a, b) => a.start.localeCompare(b.start));
  const upcoming = cycles.filter((c) => c.start > today).sort((a, b) => a.start.localeCompare(b.start));
  if (upcoming[0]) return [upcoming[0]];
  const latest = [...cycles].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
  return latest ? [latest] : [];
}

export function cycleScope(
  param: string | undefined,
  cycles: readonly CycleDates[],
  today: string,
): CycleScope {
  if (param === ALL_CYCLES) return { kind: 'all' };
  if (param) return { kind: 'one', cycle: param };
  return { kind: 'current', cycles: currentCycles(cycles, today) };
}

/** The server filters by one cycle at most; the current scope filters here. */
export function serverCycle(scope: CycleScope): string | undefined {
  return scope.kind === 'one' ? scope.cycle : undefined;
}

/** The cycle the dashboard asks the server for, from `?cycle=` alone (no dates needed). */
export function requestedCycle(param: string | undefined): string | undefined {
  return serverCycle(cycleScope(param, [], ''));
}

/**
 * Keeps what belongs to the scope. With no cycles at all (a new workspace, or a server
 * that cannot list them) nothing is hidden: an objective must never vanish unexplained.
 */
export function inScope(scope: CycleScope, cycle: string): boolean {
  if (scope.kind !== 'current' || scope.cycles.length === 0) return true;
  return scope.cycles.some((c) => c.id === cycle);
}

/** Words beside the objectives heading: which cycles "current" means today. */
export function scopeLabel(scope: CycleScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all cycles';
    case 'one':
      return scope.cycle;
    case 'current':
      return scope.cycles.length === 0 ? 'no cycle yet' : scope.cycles.map((c) => c.id).join(' and ');
  }
}
