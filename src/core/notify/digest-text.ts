import { DIGEST_KINDS, type Digest, type DigestKind } from './digest.js';

export const DIGEST_TITLES: Readonly<Record<DigestKind, string>> = {
  unanswered_breach: 'Breaches waiting for an answer',
  out_of_range: 'KPIs out of range',
  check_in_due: 'Check-ins due',
  at_risk_kr: 'Key results at risk',
  ratchet_to_accept: 'Ratchets to accept',
  slipped: 'Ratchets that slipped',
  held: 'Wins: ratchets that held',
};

export interface DigestSection {
  readonly kind: DigestKind;
  readonly title: string;
  readonly items: readonly string[];
}

/** The digest's items grouped under their headings, in the digest's order; empty groups left out. */
export function digestSections(digest: Digest): DigestSection[] {
  return DIGEST_KINDS.map((kind) => ({
    kind,
    title: DIGEST_TITLES[kind],
    items: digest.items.filter((i) => i.kind === kind).map((i) => i.message),
  })).filter((s) => s.items.length > 0);
}

/** The subject line, which says how much is waiting. */
export function digestSubject(digest: Digest, workspace: string): string {
  const n = digest.items.length;
  return n === 0
    ? `Your week in ${workspace}: nothing needs you`
    : `Your week in ${workspace}: ${n} ${n === 1 ? 'thing needs' : 'things need'} your attention`;
}

/** The digest as Markdown, for `ratchet digest` and anyone who pastes it. */
export function digestMarkdown(digest: Digest, workspace: string, date: string): string {
  const lines = [`# ${digestSubject(digest, workspace)}`, '', `For ${digest.name}, as of ${date}.`, ''];
  const sections = digestSections(digest);
  if (sections.length === 0) lines.push('Every KPI you own is healthy and every check-in is up to date.', '');
  for (const section of sections) {
    lines.push(`## ${section.title}`, '', ...section.items.map((item) => `- ${item}`), '');
  }
  return lines.join('\n');
}
