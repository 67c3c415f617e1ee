import type { DashboardObjective, KeyResult, KeyResultReport, Objective } from '../../api/types.js';

export interface QueueItem {
  readonly objective: Objective;
  readonly kr: KeyResult;
  readonly report: KeyResultReport | undefined;
  /** Milliseconds of the latest check-in, if any. */
  readonly lastCheckIn: number | undefined;
}

const WEEK_MS = 7 * 86_400_000;

export function lastCheckInAt(kr: KeyResult): number | undefined {
  const times = (kr.checkIns ?? []).map((c) => new Date(c.at).getTime());
  return times.length > 0 ? Math.max(...times) : undefined;
}

/**
 * The key results of the current cycles' objectives (every cycle that includes today; all
 * when there are none), not-yet-checked-in-this-week first.
 */
export function checkInQueue(
  objectives: readonly Objective[],
  reports: readonly DashboardObjective[],
  cycles: ReadonlySet<string>,
  owner: string | undefined,
  now: number,
): QueueItem[] {
  const reportOf = new Map(reports.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr] as const)));
  const items = objectives
    .filter((o) => cycles.size === 0 || cycles.has(o.cycle))
    .flatMap((objective) =>
      objective.keyResults
        .filter((kr) => !owner || (kr.owner ?? objective.owner) === owner)
        .map((kr) => ({ objective, kr, report: reportOf.get(kr.id), lastCheckIn: lastCheckInAt(kr) })),
    );
  const due = (i: QueueItem) => (i.lastCheckIn === undefined || now - i.lastCheckIn >= WEEK_MS ? 0 : 1);
  return items.sort((a, b) => due(a) - due(b));
}

/** Owners with a key result not checked in for a week: who to remind. */
export function missingOwners(items: readonly QueueItem[], now: number): Map<string, number> {
  const missing = new Map<string, number>();
  for (const i of items) {
    if (i.lastCheckIn !== undefined && now - i.lastCheckIn < WEEK_MS) continue;
    const owner = i.kr.owner ?? i.objective.owner ?? 'unowned';
    missing.set(owner, (missing.get(owner) ?? 0) + 1);
  }
  return missing;
}
