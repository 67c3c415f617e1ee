import type { Generated, Selectable } from 'kysely';

/** An invitation to a workspace; only a SHA-256 of the link's secret is stored. */
export interface InvitationTable {
  id: Generated<number>;
  workspace_id: number;
  /** Lowercased, like `users.email`. */
  email: string;
  role: string;
  token_hash: string;
  invited_by: number | null;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  accepted_by: number | null;
  revoked_at: number | null;
}

export type InvitationRow = Selectable<InvitationTable>;

declare module '../tables.js' {
  interface Database {
    invitations: InvitationTable;
  }
}
