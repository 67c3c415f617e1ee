import type { Instant, KeyResult, Workspace } from '../model.js';

/** A key result not linked to a KPI needs a check-in at least weekly (the weekly ritual). */
export const CHECK_IN_DUE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether a key result's check-in is due as of an instant: it is checked in by hand (not
 * linked to a KPI, whose points speak for it, and not a milestone) and its latest check-in
 * at or before the instant is more than a week old, or there is none.
 */
export function checkInDue(kr: KeyResult, asOf: Instant): boolean {
  if (kr.kpi !== undefined || kr.milestone) return false;
  const last = lastCheckIn(kr, asOf);
  return last === null || asOf - last > CHECK_IN_DUE_MS;
}

/** The latest check-in at or before the instant, or null. */
export function lastCheckIn(kr: KeyResult, asOf: Instant): Instant | null {
  let latest: Instant | null = null;
  for (const c of kr.checkIns) if (c.at <= asOf && (latest === null || c.at > latest)) latest = c.at;
  return latest;
}

export interface DueCheckIn {
  readonly objective: string;
  readonly keyResult: string;
  readonly title: string;
  /** The KR's owner, else its objective's. */
  readonly owner: string | null;
  readonly lastCheckIn: Instant | null;
}

/**
 * Every key result whose check-in is due, among the objectives whose cycle has started
 * (`running`: the ids of objectives not `not_started` as of the instant).
 */
export function dueCheckIns(ws: Workspace, running: ReadonlySet<string>, asOf: Instant): DueCheckIn[] {
  return ws.objectives
    .filter((o) => running.has(o.id))
    .flatMap((o) =>
      o.keyResults
        .filter((kr) => checkInDue(kr, asOf))
        .map((kr) => ({
          objective: o.id,
          keyResult: kr.id,
          title: kr.title,
          owner: kr.owner ?? o.owner ?? null,
          lastCheckIn: lastCheckIn(kr, asOf),
        })),
    );
}
