import { DIGEST_KINDS, type Digest, type DigestItem, type DigestKind } from './digest.js';

export const DIGEST_TITLES: Readonly<Record<DigestKind, string>> = {
  unanswered_breach: 'Breaches waiting for an answer',
  out_of_range: 'KPIs out of range',
  missing_check_in: 'Check-ins due',
  at_risk_kr: 'Key results at risk',
  pending_proposal: 'Ratchets to accept',
  slipped: 'Ratchets that slipped',
  held: 'Wins: ratchets that held',
};

export interface DigestSection {
  readonly kind: DigestKind;
  readonly title: string;
  readonly items: readonly DigestItem[];
}

/**
 * The one reading of a digest that every form shares (the email's HTML and text, the
 * Markdown of `ratchet digest`, the Digest page through the API): its subject, the line
 * saying whom and when it is for, its sections in order, and what to say when empty.
 */
export interface DigestDocument {
  readonly subject: string;
  readonly intro: string;
  readonly sections: readonly DigestSection[];
  /** Shown instead of sections when nothing needs attention. */
  readonly empty: string;
}

/** The digest's items grouped under their headings, in the digest's order; empty groups left out. */
export function digestSections(digest: Digest): DigestSection[] {
  return DIGEST_KINDS.map((kind) => ({
    kind,
    title: DIGEST_TITLES[kind],
    items: digest.items.filter((i) => i.kind === kind),
  })).filter((s) => s.items.length > 0);
}

/** The subject line, which says how much is waiting. */
export function digestSubject(digest: Digest, workspace: string): string {
  const n = digest.items.length;
  const things = `${n} ${n === 1 ? 'thing needs' : 'things need'}`;
  if (digest.audience === 'team')
    return n === 0
      ? `${digest.name}'s week in ${workspace}: nothing needs the team`
      : `${digest.name}'s week in ${workspace}: ${things} the team's attention`;
  return n === 0
    ? `Your week in ${workspace}: nothing needs you`
    : `Your week in ${workspace}: ${things} your attention`;
}

/** The digest as one document; `locale` formats its date (the digest's instant, in UTC). */
export function digestDocument(digest: Digest, workspace: string, locale: string | null): DigestDocument {
  const date = new Intl.DateTimeFormat(locale ?? 'en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(
    digest.asOf,
  );
  const team = digest.audience === 'team';
  return {
    subject: digestSubject(digest, workspace),
    intro: `For ${team ? `the team ${digest.name}` : digest.name}, as of ${date}.`,
    sections: digestSections(digest),
    empty: team
      ? 'Every KPI of the team is healthy and every check-in is up to date.'
      : 'Every KPI you own is healthy and every check-in is up to date.',
  };
}

/** The digest as Markdown, for `ratchet digest` and anyone who pastes it. */
export function digestMarkdown(doc: DigestDocument): string {
  const lines = [`# ${doc.subject}`, '', doc.intro, ''];
  if (doc.sections.length === 0) lines.push(doc.empty, '');
  for (const section of doc.sections) {
    lines.push(`## ${section.title}`, '', ...section.items.map((item) => `- ${item.message}`), '');
  }
  return lines.join('\n');
}
