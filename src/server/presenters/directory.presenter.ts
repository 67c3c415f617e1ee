import type { Person, Team } from '../../core/model.js';

export function presentTeam(t: Team, version: number) {
  return { id: t.id, name: t.name, parent: t.parent ?? null, version };
}

/** A person with the role of their account here (null: no account). */
export function presentPerson(p: Person, role: string | undefined, version: number) {
  return {
    id: p.id,
    name: p.name,
    email: p.email ?? null,
    role: (role ?? null) as 'owner' | 'admin' | 'editor' | 'viewer' | null,
    version,
  };
}
