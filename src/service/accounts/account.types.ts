import type { Role, TokenScope } from './roles.js';

/** A person who can sign in. Never carries the password hash out of the store. */
export interface User {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly createdAt: number;
}

/** A user's place in one workspace. `person`/`team` link to the workspace's own ids. */
export interface Membership {
  readonly userId: number;
  readonly workspaceId: number;
  readonly role: Role;
  readonly person: string | null;
  readonly team: string | null;
}

export interface ApiToken {
  readonly id: number;
  readonly workspaceId: number;
  readonly name: string;
  readonly scopes: readonly TokenScope[];
  /** The first characters of the secret, so people can tell tokens apart in a list. */
  readonly prefix: string;
  readonly createdBy: number | null;
  readonly createdAt: number;
  readonly lastUsedAt: number | null;
  readonly revokedAt: number | null;
}
