import { useMemo } from 'react';
import type { Cycle, Person, Team } from '../api/types.js';
import { useWorkspace } from '../session/workspace-context.js';
import { useResource } from './use-resource.js';

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

function pickCurrentCycle(cycles: readonly Cycle[], today: string): Cycle | undefined {
  const sorted = [...cycles].sort((a, b) => a.start.localeCompare(b.start));
  return (
    sorted.find((c) => c.start <= today && today <= c.end) ??
    sorted.find((c) => c.start > today) ??
    sorted.at(-1)
  );
}

/** Teams, people and cycles of the workspace: names for ids, filters, the current cycle. */
export function useDirectory(): { directory: Directory | undefined; error: unknown; reload: () => void } {
  const { ws, api, me } = useWorkspace();
  const resource = useResource(`directory:${ws}`, async (signal) => {
    const [teams, people, cycles] = await Promise.all([
      api.teams(signal),
      api.people(signal),
      api.cycles(signal),
    ]);
    return { teams: teams.items, people: people.items, cycles: cycles.items };
  });
  const directory = useMemo<Directory | undefined>(() => {
    const data = resource.data;
    if (!data) return undefined;
    const teamNames = new Map(data.teams.map((t) => [t.id, t.name]));
    const personNames = new Map(data.people.map((p) => [p.id, p.name]));
    const email = me.user.email.toLowerCase();
    const today = new Date().toISOString().slice(0, 10);
    return {
      ...data,
      teamName: (id) => (id ? (teamNames.get(id) ?? id) : undefined),
      personName: (id) => (id ? (personNames.get(id) ?? id) : undefined),
      mePerson: data.people.find((p) => p.email?.toLowerCase() === email),
      currentCycle: pickCurrentCycle(data.cycles, today),
    };
  }, [resource.data, me.user.email]);
  return { directory, error: resource.error, reload: resource.reload };
}
