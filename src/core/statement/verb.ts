import {
  LEADING_FILLERS,
  looksLikeMetricName,
  NOUN_LIKE_VERBS,
  type VerbClass,
  verbClass,
} from './lexicon.js';
import type { Token } from './quantities.js';
import type { RoledQuantity } from './roles.js';

export interface Verb {
  readonly word: string;
  readonly cls: VerbClass;
  readonly index: number;
  /** "bring churn down", "drive NPS up": a particle that fixes the direction. */
  readonly particle: 'up' | 'down' | null;
  /** "Magic numbers should hit 0.7": the verb follows a subject and a modal; a standard, not a goal. */
  readonly modal?: boolean;
}

const MODALS = new Set(['to', 'should', 'must', 'will', 'shall', 'can', 'needs', 'need', 'has', 'have']);
const LATER_CLASSES = new Set<VerbClass>(['maintain', 'up', 'down', 'reach', 'improve']);

/**
 * The statement's main verb: its first word after fillers ("We will reduce…"), or a verb
 * after a modal later on ("Support response time to stay under four hours").
 */
export function findVerb(tokens: readonly Token[]): Verb | null {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t?.kind === 'word' && LEADING_FILLERS.has(t.lower)) i++;
    else if (t?.kind === 'punct') i++;
    else break;
  }
  const first = tokens[i];
  // "Email: under 4 hours", "Chat: 75-85%": a word before a colon names the metric.
  const labelled = tokens[i + 1]?.kind === 'punct' && (tokens[i + 1] as { text: string }).text === ':';
  if (first?.kind === 'word' && !labelled) {
    const cls = adjust(verbClass(first.lower), tokens, i);
    if (cls) return { word: first.lower, cls, index: i, particle: particleAfter(tokens, i) };
  }
  // "Online Growth: Expand online growth tactics": after a metric's name and a colon, the
  // first word is the verb ("Email: under 4 hours" has none; "On-Time Delivery: Measures …"
  // defines the metric, so a verb in its -s form is not taken).
  const colon = labelled ? i + 1 : headingColon(tokens, i);
  const afterColon = colon >= 0 ? tokens[colon + 1] : undefined;
  if (afterColon?.kind === 'word' && !/[^s]s$/.test(afterColon.lower)) {
    const cls = adjust(verbClass(afterColon.lower), tokens, colon + 1);
    if (cls)
      return { word: afterColon.lower, cls, index: colon + 1, particle: particleAfter(tokens, colon + 1) };
  }
  // A verb after the first number belongs to a clause about it ("> 0.75 = efficient to scale").
  const firstNumber = tokens.findIndex((t) => t.kind === 'quantity');
  const end = firstNumber < 0 ? tokens.length : firstNumber;
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k];
    // "to collectively achieve": an adverb between the modal and its verb says nothing.
    const m = /ly$/.test(keyOf(tokens[k - 1])) ? k - 2 : k - 1;
    const before = tokens[m];
    if (t?.kind !== 'word' || before?.kind !== 'word') continue;
    const cls = verbClass(t.lower);
    // "Magic numbers should hit 0.7": a standard said of a subject (a KPI); "… to achieve
    // a 15%+ response rate" is a purpose, and a bound after its goal verb is the target.
    if (MODALS.has(before.lower) && cls && LATER_CLASSES.has(cls))
      return {
        word: t.lower,
        cls,
        index: k,
        particle: particleAfter(tokens, k),
        modal: m > i && before.lower !== 'to',
      };
    // "CI time reduced to under 10 mins": a subject, then a change in the past participle.
    if (
      (cls === 'up' || cls === 'down') &&
      /ed$/.test(t.lower) &&
      /^(?:to|by|from)$/.test(keyOf(tokens[k + 1])) &&
      isSubject(tokens, i, k)
    )
      return { word: t.lower, cls, index: k, particle: null };
    // "Engineering teams contribute 1200 code reviews": a subject, then the verb and its count.
    if (k <= i + 2 && cls && SUBJECT_CLASSES.has(cls) && k + 1 === firstNumber && isSubject(tokens, i, k))
      return { word: t.lower, cls, index: k, particle: null };
    // "Members and collaborators speak on our initiatives at 10 confs": a longer subject, then
    // an activity verb in its plain form with its object or preposition after it.
    if (
      firstNumber >= 0 &&
      k <= i + 6 &&
      cls === 'activity' &&
      isPlainVerb(t.lower) &&
      OBJECT_START.test(keyOf(tokens[k + 1])) &&
      isSubject(tokens, i, k)
    )
      return { word: t.lower, cls, index: k, particle: null };
  }
  return null;
}

/** The ':' after one to four words that open the statement ("Online Growth:"), or -1. */
function headingColon(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k];
    if (t?.kind === 'punct' && t.text === ':') return k > from ? k : -1;
    if (t?.kind !== 'word') return -1;
  }
  return -1;
}

const SUBJECT_CLASSES = new Set<VerbClass>(['activity', 'acquire', 'deliver']);
const OBJECT_START = /^(?:on|at|in|about|to|with|for|the|a|an|our|their|every|each|all)$/;

/** "speak", not "speaks", "training" or a word that also names a metric ("review", "call"). */
function isPlainVerb(word: string): boolean {
  return verbClass(word) !== undefined && !/(?:s|ing|ed)$/.test(word) && !NOUN_LIKE_VERBS.has(word);
}

function keyOf(t: Token | undefined): string {
  return t?.kind === 'word' ? t.lower : '';
}

/** One or two plain words before the verb, none of them a verb themselves: "Sales reps", "Engineering teams". */
function isSubject(tokens: readonly Token[], from: number, verbAt: number): boolean {
  for (let k = from; k < verbAt; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || verbClass(t.lower) !== undefined) return false;
  }
  return verbAt > from;
}

/** Phrasal verbs and verbs whose class depends on what follows. */
function adjust(cls: VerbClass | undefined, tokens: readonly Token[], i: number): VerbClass | undefined {
  const word = tokens[i]?.kind === 'word' ? (tokens[i] as { lower: string }).lower : '';
  const next = tokens[i + 1];
  const nextWord = next?.kind === 'word' ? next.lower : '';
  if (/^reach/.test(word) && nextWord === 'out') return 'activity';
  if (/^(?:make|making)$/.test(word) && nextWord === 'sure') return 'maintain';
  if (/^ensur/.test(word)) return 'maintain';
  // "Go live", "go GA": a delivery; "go and js are interoperable" names the Go language.
  if (word === 'go' && !/^(?:live|public|global|ga|to)$/.test(nextWord)) return undefined;
  if (/^bring/.test(word) && nextWord === 'in') return 'acquire';
  // "Raise a Series A", "Raise $5M in seed funding": raising money is getting it (a goal verb).
  if (/^rais/.test(word) && RAISES_MONEY.test(following(tokens, i, 3))) return 'acquire';
  // "Have the press publish at least 3 articles": having others do something is getting it.
  if (word === 'have' && i === firstWordIndex(tokens)) return 'acquire';
  // "Move to GCP July 28th": moving to a place is a migration, done once.
  if (/^mov/.test(word) && nextWord === 'to') return 'deliver';
  // "Hold weekly client meetings" is work; "Hold churn at 2%" or "hold NPS above 50" keeps a level.
  if (cls === 'activity' && /^hold/.test(word)) {
    const rest = tokens.slice(i + 1, i + 8);
    const keepsLevel =
      rest.some((t) => t.kind === 'quantity' || t.kind === 'compare') &&
      rest.some(
        (t) =>
          t.kind === 'word' &&
          /^(?:at|under|below|above|over|between|within|steady|least|most|more|less|fewer)$/.test(t.lower),
      );
    return keepsLevel ? 'maintain' : 'activity';
  }
  return cls;
}

const RAISES_MONEY =
  /^(?:(?:a|an|our|the|\S*\d\S*)\s+)*(?:series|seed|round|funding|capital|money|investment|\$|€|£|[\d.,]+\s*(?:k|m|bn|million|billion))/i;

/** The words and numbers after token `i`, as written. */
function following(tokens: readonly Token[], i: number, n: number): string {
  return tokens
    .slice(i + 1, i + 1 + n)
    .map((t) => (t.kind === 'word' ? t.lower : t.kind === 'quantity' ? `${t.value}` : ''))
    .join(' ');
}

function firstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind === 'word');
}

function particleAfter(tokens: readonly Token[], i: number): 'up' | 'down' | null {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k];
    if (t?.kind === 'quantity') return null;
    if (t?.kind !== 'word') continue;
    const next = tokens[k + 1];
    const nextWord = next?.kind === 'word' ? next.lower : '';
    if ((t.lower === 'down' || t.lower === 'up') && nextWord !== 'from' && nextWord !== 'by') return t.lower;
  }
  return null;
}

/** Verbs that begin metric names even without a number: "Lead conversion rate", "Win rate". */
const NOUN_FIRST = new Set(
  'win lead leads return returns change call calls order orders cash cost spend sales deal deals delivery referral traffic open training service support release'.split(
    ' ',
  ),
);
const LEVEL_ROLES = new Set(['level', 'now', 'upper', 'lower', 'low', 'high']);

/**
 * "Win rate = 18%" has no verb: "win" starts the metric's name. A noun-like first word is
 * not the verb when the first number is a level (after "=", ":", "is", "under", "at
 * least"…) rather than an object ("Post 5 times a week"), or, without numbers, when the
 * whole statement is a metric name.
 */
export function demoteNounLikeVerb(
  verb: Verb | null,
  tokens: readonly Token[],
  values: readonly RoledQuantity[],
): Verb | null {
  if (verb === null) return verb;
  // "Onboarding completion rate", "Hiring velocity": an -ing word naming an area of work.
  const gerund = /ing$/.test(verb.word) && !['up', 'down', 'improve', 'maintain'].includes(verb.cls);
  if (!NOUN_LIKE_VERBS.has(verb.word) && !gerund) return verb;
  const next = tokens[verb.index + 1];
  // "Answer every chat…", "Hold the…": a determiner after it makes the word a verb.
  if (
    next?.kind === 'word' &&
    /^(?:every|each|all|the|a|an|our|my|your|their|its|this|these|those)$/.test(next.lower)
  )
    return verb;
  const firstValue = values[0];
  // "Launch with 3 content types": "with" after the word gives its object, not a level.
  if (firstValue) return LEVEL_ROLES.has(firstValue.role) && firstValue.marker !== 'with' ? null : verb;
  const words = tokens.filter((t) => t.kind === 'word').map((t) => (t as { lower: string }).lower);
  return NOUN_FIRST.has(verb.word) && words.length >= 2 && looksLikeMetricName(words.join(' ')) ? null : verb;
}
