import { looksLikeMetricName, NOUN_LIKE_VERBS, verbClass } from './lexicon.js';

/**
 * Statements are often pasted from lists: "KR1: Reduce churn…", "- Objective: Become…",
 * "Key Result (KPI): Achieve…", "Director of Sales Enablement KR: …" (an owner's title first),
 * "Business (Marketing) KR: …" (a team with its part in brackets), "🎯 Objective 1: …" (an emoji bullet),
 * "KR 2.1: …", "KR #2:", "KR1)", "[KR]", "O1:", "O2 KR1:" (numbered as lists number them).
 * The label is removed and kept as a hint. A team or owner before a verb ("Frontend:
 * Implement 10 performance improvements", "Product marketing: Create 20 new web pages") is
 * removed too, without a hint; a metric before its level ("Email: under 4 hours") stays.
 */

export type LabelHint = 'objective' | 'key_result' | 'kpi' | 'task';

export interface Labelled {
  readonly hint: LabelHint | null;
  /** The statement with bullet, label and wrapping quotes replaced by spaces. */
  readonly body: string;
}

const BULLET = /^\s*(?:(?:[-*•·▪◦‣>]|\p{Extended_Pictographic}\uFE0F?)+|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+/u;
const LABEL =
  /^\s*(?:(?:[\p{L}-]+\s+){0,2}?|(?:(?:\p{Lu}[\p{L}-]*,?|of|and|&)\s+){0,6}?|O\d+\s+)(?:\([^)]{1,40}\)\s+)?\[?(objectives?|goals?|okrs?|key\s+results?|krs?|kpis?|metrics?|tasks?|initiatives?|actions?|O(?=\d))\s*(?:#\s*|-(?=\d))?(?:\d+(?:\.\d+)*[a-z]?)?\s*(?:\([^)]{0,40}\))?\s*(?:\d+\s*)?(?:[:：–—-]|(?<=\d[a-z]?)\)|\])\s+/iu;
const OWNER = /^\s*((?:[\p{L}&/.-]+\s+){0,3}[\p{L}&/.-]+(?:\s*\([^)]{1,40}\))?)\s*:\s+(\p{L}+)(\s+\S+)?/u;
const DETERMINER_OR_NUMBER =
  /^\s+(?:\d|\p{Sc}|(?:the|a|an|our|all|every|each|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)\b)/iu;
const QUOTES = /^[\s"'“‘«]+|[\s"'”’».]+$/gu;

export function stripLabel(text: string): Labelled {
  let body = text;
  let hint: LabelHint | null = null;
  for (let round = 0; round < 3; round++) {
    const bullet = BULLET.exec(body);
    if (bullet) {
      body = ' '.repeat(bullet[0].length) + body.slice(bullet[0].length);
      continue;
    }
    const label = LABEL.exec(body);
    if (label && hint === null) {
      hint = hintOf(label[1] ?? '');
      body = ' '.repeat(label[0].length) + body.slice(label[0].length);
      continue;
    }
    const owner = ownerBeforeVerb(body);
    if (owner > 0) {
      body = ' '.repeat(owner) + body.slice(owner);
      continue;
    }
    break;
  }
  return { hint, body: body.replace(QUOTES, (m) => ' '.repeat(m.length)) };
}

/** The length of a team or owner prefix before a verb, or 0. */
function ownerBeforeVerb(body: string): number {
  const m = OWNER.exec(body);
  if (!m) return 0;
  const [, owner = '', verb = '', next = ''] = m;
  if (looksLikeMetricName(owner) || verbClass(verb) === undefined) return 0;
  // "On-Time Delivery: Measures delivery reliability (95–98% is standard)": a verb in its
  // -s form after a name defines the metric; it is not the statement's verb.
  if (/[^s]s$/.test(verb) && verbClass(verb.slice(0, -1)) !== undefined) return 0;
  // "Lead: 500 a month", "Sales: Close 10 deals": a word that also names things is a verb
  // only with its object right after it.
  if (
    NOUN_LIKE_VERBS.has(verb.toLowerCase()) &&
    !DETERMINER_OR_NUMBER.test(next) &&
    looksLikeMetricName(`${verb} ${next.trim()}`)
  )
    return 0;
  return m[0].length - verb.length - next.length;
}

function hintOf(label: string): LabelHint {
  const l = label.toLowerCase().replace(/\s+/g, ' ');
  if (l.startsWith('objective') || l.startsWith('goal') || l === 'o') return 'objective';
  if (l.startsWith('kpi') || l.startsWith('metric')) return 'kpi';
  if (l.startsWith('task') || l.startsWith('initiative') || l.startsWith('action')) return 'task';
  return 'key_result';
}
