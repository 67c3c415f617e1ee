import type { DashboardObjective, Team } from '../../api/types.js';

/** One team of the map: its objectives in the chosen cycle, and its sub-teams. */
export interface TeamBranch {
  readonly team: Team;
  readonly objectives: readonly DashboardObjective[];
  readonly teams: readonly TeamBranch[];
  /** Objectives here and in every sub-team. */
  readonly total: number;
}

export interface AlignmentTree {
  readonly teams: readonly TeamBranch[];
  /** Objectives of no team (or of a team no longer listed): the workspace's own. */
  readonly unteamed: readonly DashboardObjective[];
}

/**
 * The alignment map's shape (issue 9, item 7): workspace → team tree → each team's
 * objectives. A team whose parent is missing, or whose parents loop, starts a branch of
 * its own, so every team is shown exactly once.
 */
export function alignmentTree(
  teams: readonly Team[],
  objectives: readonly DashboardObjective[],
): AlignmentTree {
  const known = new Map(teams.map((t) => [t.id, t]));
  const byTeam = new Map<string, DashboardObjective[]>();
  const unteamed: DashboardObjective[] = [];
  for (const o of objectives) {
    if (o.team && known.has(o.team)) byTeam.set(o.team, [...(byTeam.get(o.team) ?? []), o]);
    else unteamed.push(o);
  }
  const childTeams = new Map<string, Team[]>();
  const roots: Team[] = [];
  for (const t of teams) {
    if (t.parent && known.has(t.parent) && !loops(t, known)) {
      childTeams.set(t.parent, [...(childTeams.get(t.parent) ?? []), t]);
    } else roots.push(t);
  }
  const branch = (team: Team): TeamBranch => {
    const sub = (childTeams.get(team.id) ?? []).map(branch);
    const own = byTeam.get(team.id) ?? [];
    return { team, objectives: own, teams: sub, total: own.length + sub.reduce((n, b) => n + b.total, 0) };
  };
  return { teams: roots.map(branch), unteamed };
}

function loops(team: Team, known: ReadonlyMap<string, Team>): boolean {
  const seen = new Set([team.id]);
  for (
    let at = team.parent ? known.get(team.parent) : undefined;
    at;
    at = at.parent ? known.get(at.parent) : undefined
  ) {
    if (seen.has(at.id)) return true;
    seen.add(at.id);
  }
  return false;
}

/** What the alignment helpers read of an objective: its id and the objectives it supports. */
interface Aligned {
  readonly id: string;
  readonly parents: readonly string[];
}

/** The objective and every objective below it (through any of their parents). */
export function selfAndBelow(objectives: readonly Aligned[], id: string): Set<string> {
  const below = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of objectives) {
      if (!below.has(o.id) && o.parents.some((p) => below.has(p))) {
        below.add(o.id);
        grew = true;
      }
    }
  }
  return below;
}

/**
 * The objectives another one may support: any in the map but itself and those that
 * already support it (directly or further down), since alignment cannot loop.
 */
export function parentChoices<T extends Aligned>(objectives: readonly T[], id: string): readonly T[] {
  const below = selfAndBelow(objectives, id);
  return objectives.filter((o) => !below.has(o.id));
}

/** An objective shown under one of its parents; `alsoUnder` names the parent it is first shown under. */
export interface Supporter<T> {
  readonly objective: T;
  readonly alsoUnder: T | undefined;
}

/**
 * The objectives that support `id`, each shown under every parent it supports: under its
 * first parent in the map plainly, under the others marked with that first parent.
 */
export function supportersOf<T extends Aligned>(objectives: readonly T[], id: string): Supporter<T>[] {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  return objectives
    .filter((o) => o.id !== id && o.parents.includes(id))
    .map((o) => {
      const first = o.parents.find((p) => byId.has(p));
      return { objective: o, alsoUnder: first === id || first === undefined ? undefined : byId.get(first) };
    });
}
