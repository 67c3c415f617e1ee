import type { Generated, Selectable } from 'kysely';

/** People who can sign in. `email` is stored lowercased, so lookups ignore case. */
export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  /** argon2id PHC string; never leaves the accounts service. */
  password_hash: string;
  created_at: number;
  updated_at: number;
  disabled_at: number | null;
}

/** A user's role in one workspace, optionally linked to the workspace's own person and team. */
export interface MembershipTable {
  id: Generated<number>;
  workspace_id: number;
  user_id: number;
  role: string;
  person_id: number | null;
  team_id: number | null;
  created_at: number;
}

/** Server-side sessions. Only a SHA-256 of the cookie value is kept. */
export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  revoked_at: number | null;
}

/** Workspace API tokens. Only a SHA-256 of the secret is kept; the secret is shown once. */
export interface ApiTokenTable {
  id: Generated<number>;
  workspace_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  /** Comma-separated scopes (`read,ingest`): the same text on both dialects. */
  scopes: string;
  created_by: number | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export type UserRow = Selectable<UserTable>;
export type MembershipRow = Selectable<MembershipTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;

// The accounts migration adds these tables, so the store's `Database` gains them here.
declare module '../tables.js' {
  interface Database {
    users: UserTable;
    memberships: MembershipTable;
    sessions: SessionTable;
    api_tokens: ApiTokenTable;
  }
}
