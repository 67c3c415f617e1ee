import { useCallback, useMemo } from 'react';
import type { Cycle, Person, Team } from '../api/types.js';
import { todayIso } from '../now.js';
import { useWorkspace } from '../session/workspace-context.js';
import { useCachedDirectory } from './directory-cache.js';

export interface Directory {
  readonly teams: readonly Team[];
  readonly people: readonly Person[];
  readonly cycles: readonly Cycle[];
  readonly teamName: (id: string | null | undefined) => string | undefined;
  readonly personName: (id: string | null | undefined) => string | undefined;
  /** The person record of the signed-in user, matched by email. */
  readonly mePerson: Person | undefined;
  /** The cycle that includes today, else the next one, else the latest. */
  readonly currentCycle: Cycle | undefined;
}

interface DirectoryLists {
  readonly teams: readonly Team[];
  readonly people: readonly Person[];
  readonly cycles: readonly Cycle[];
  readonly error: unknown;
}

function pickCurrentCycle(cycles: readonly Cycle[], today: string): Cycle | undefined {
  const sorted = [...cycles].sort((a, b) => a.start.localeCompare(b.start));
  return (
    sorted.find((c) => c.start <= today && today <= c.end) ??
    sorted.find((c) => c.start > today) ??
    sorted.at(-1)
  );
}

/**
 * Teams, people and cycles of the workspace: names for ids, filters, the current cycle.
 * Fetched once per session and shared by every page (`directory-cache.ts`); the event
 * stream's team, person, cycle and membership changes fetch them again.
 */
export function useDirectory(): { directory: Directory | undefined; error: unknown; reload: () => void } {
  const { ws, api, me } = useWorkspace();
  const load = useCallback(
    async (signal: AbortSignal): Promise<DirectoryLists> => {
      // Each list degrades on its own: without people, names fall back to ids.
      const [teams, people, cycles] = await Promise.allSettled([
        api.teams(signal),
        api.people(signal),
        api.cycles(signal),
      ]);
      const failed = [teams, people, cycles].find((r) => r.status === 'rejected');
      return {
        teams: teams.status === 'fulfilled' ? teams.value.items : [],
        people: people.status === 'fulfilled' ? people.value.items : [],
        cycles: cycles.status === 'fulfilled' ? cycles.value.items : [],
        error: failed?.status === 'rejected' ? (failed.reason as unknown) : undefined,
      };
    },
    [api],
  );
  const resource = useCachedDirectory(ws, load);
  const directory = useMemo<Directory | undefined>(() => {
    const data = resource.data;
    if (!data) return undefined;
    const teamNames = new Map(data.teams.map((t) => [t.id, t.name]));
    const personNames = new Map(data.people.map((p) => [p.id, p.name]));
    const email = me.user.email.toLowerCase();
    const today = todayIso();
    return {
      teams: data.teams,
      people: data.people,
      cycles: data.cycles,
      teamName: (id) => (id ? (teamNames.get(id) ?? id) : undefined),
      personName: (id) => (id ? (personNames.get(id) ?? id) : undefined),
      mePerson: data.people.find((p) => p.email?.toLowerCase() === email),
      currentCycle: pickCurrentCycle(data.cycles, today),
    };
  }, [resource.data, me.user.email]);
  return { directory, error: resource.error ?? resource.data?.error, reload: resource.reload };
}
