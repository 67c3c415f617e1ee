import { evaluateWorkspace } from '../../core/evaluate.js';
import { type Digest, type DigestAudience, type DigestFacts, digestFor } from '../../core/notify/digest.js';
import { type DigestDocument, digestDocument } from '../../core/notify/digest-text.js';
import type { Store } from '../../store/database.js';
import { adminRecipients } from '../../store/notify.repository.js';
import { pendingProposals } from '../cycle-review.js';
import { NotFoundError } from '../errors.js';
import { renderMail } from '../mail/mail-body.js';
import { loadWorkspace } from '../workspace-load.service.js';
import { resolveWorkspace } from '../workspace-ref.js';

/** Everything a digest is built from, for one workspace at one instant. */
export async function digestFacts(store: Store, workspace: string, asOf: number): Promise<DigestFacts> {
  const ws = await loadWorkspace(store, workspace);
  const proposals = await pendingProposals(store, workspace, ws);
  return { ws, report: evaluateWorkspace(ws, asOf), asOf, proposals };
}

/** The people (by key) whose digest lists every pending ratchet: the workspace's owners and admins. */
export async function digestAdmins(store: Store, workspaceId: number): Promise<ReadonlySet<string>> {
  const admins = await adminRecipients(store.db, workspaceId);
  return new Set(admins.flatMap((a) => (a.person_key === null ? [] : [a.person_key])));
}

/** Whose digest: a person's or a team's, by their id in the workspace; or everyone's. */
export type DigestFor = { readonly person: string } | { readonly team: string } | 'everyone';

export interface DigestAnswer {
  readonly digest: Digest;
  readonly document: DigestDocument;
  /** The person's email address (null for a team, or a person without one). */
  readonly email: string | null;
}

/**
 * Digests as of an instant, as the weekly email would say them (for `ratchet digest` and
 * the Digest page): one person's, one team's, or every person's. A person who is an
 * admin or owner of the workspace sees every pending ratchet. An unknown person or team
 * is a NotFoundError.
 */
export async function digestsOf(
  store: Store,
  workspace: string,
  target: DigestFor,
  asOf: number,
): Promise<DigestAnswer[]> {
  const row = await resolveWorkspace(store.db, workspace);
  const facts = await digestFacts(store, row.slug, asOf);
  const { ws } = facts;
  const answer = (audience: DigestAudience, email: string | null): DigestAnswer => {
    const digest = digestFor(facts, audience);
    return { digest, document: digestDocument(digest, row.name, row.locale), email };
  };
  if (target !== 'everyone' && 'team' in target) {
    if (!ws.teams.some((t) => t.id === target.team)) throw new NotFoundError('team', target.team);
    return [answer({ team: target.team }, null)];
  }
  const people = ws.people.filter((p) => target === 'everyone' || p.id === target.person);
  if (target !== 'everyone' && people.length === 0) throw new NotFoundError('person', target.person);
  const admins = await digestAdmins(store, row.id);
  return people.map((p) => answer({ person: p.id, admin: admins.has(p.id) }, p.email ?? null));
}

/** The digest as an email: HTML and text from the same document. */
export function digestMail(digest: Digest, workspace: string, locale: string | null) {
  const doc = digestDocument(digest, workspace, locale);
  return {
    subject: doc.subject,
    ...renderMail({
      heading: doc.subject,
      paragraphs: [doc.intro],
      sections: doc.sections.map((s) => ({ title: s.title, items: s.items.map((i) => i.message) })),
      footer: `You get this weekly digest as a member of ${workspace}. Turn it off in your notification settings.`,
    }),
  };
}
