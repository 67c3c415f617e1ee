import { ACRONYMS } from './lexicon.js';
import type { Token } from './quantities.js';
import type { RoledQuantity } from './roles.js';
import { currencyOfWord } from './units.js';

/**
 * The metric a statement is about, as a short clean name: the noun phrase between the verb
 * and the first number ("Reduce churn from…" → "churn"), or, when that is empty, the one
 * right after the number ("Reach 50,000 monthly listeners" → "monthly listeners").
 */

/** Words that end a metric's noun phrase. */
const STOP = new Set(
  'from for in on at with across among within by through via after before during while without per so because against and or but than when where which who that to as if until since stays stay remains remain is are was were does doesn’t don’t never falls fall goes reaches should must will up down under below above over between less more fewer greater higher lower at'.split(
    ' ',
  ),
);
const DROP_LEADING = new Set(
  'the a an our my your their its his her this that these those all overall total sure of current currently significantly we i you want wants need needs will should must'.split(
    ' ',
  ),
);
const DROP_TRAILING = new Set(
  'of sla target targets goal goals kpi metric level levels figure figures number'.split(' '),
);
const PERIODS = new Set(['day', 'week', 'month', 'quarter', 'year', 'hour', 'annum', 'sprint', 'cycle']);
const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'things']);

export function extractMetric(
  tokens: readonly Token[],
  verbIndex: number,
  values: readonly RoledQuantity[],
): string | null {
  const firstMarker = values.reduce((min, v) => Math.min(min, v.markerStart), tokens.length);
  const verbIsLate =
    verbIndex > 0 &&
    tokens
      .slice(0, verbIndex - 1)
      .some((t) => t.kind === 'word' && !/^(?:to|we|i|will|should|must)$/.test(t.lower));
  // "Support response time to stay under four hours": the metric comes before a late verb.
  const before = verbIsLate
    ? phrase(tokens, 0, verbIndex - 1)
    : phrase(tokens, verbIndex >= 0 ? verbIndex + 1 : 0, firstMarker);
  if (before && !PRONOUNS.has(before.toLowerCase())) return before;
  for (const v of [values[0], values.at(-1)]) {
    if (!v) continue;
    let k = v.index + 1;
    while (
      tokens[k]?.kind === 'word' &&
      ['of', 'in', 'the', 'a', 'an'].includes((tokens[k] as { lower: string }).lower)
    )
      k++;
    const after = phrase(tokens, k, tokens.length);
    if (after && !PRONOUNS.has(after.toLowerCase())) return after;
  }
  return null;
}

/** Words from `from` up to a stop word, punctuation or number; "(NPS)" right after replaces them. */
function phrase(tokens: readonly Token[], from: number, to: number): string | null {
  const words: string[] = [];
  const starts: number[] = [];
  let k = from;
  for (; k < to; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') break;
    if (words.length === 0 && DROP_LEADING.has(t.lower)) continue;
    const keepTo = t.lower === 'to' && /^(?:time|times)$/.test(words.at(-1)?.toLowerCase() ?? '');
    const next = tokens[k + 1];
    const keepOn = t.lower === 'on' && words.at(-1)?.toLowerCase() === 'return';
    const keepPer =
      t.lower === 'per' && words.length > 0 && next?.kind === 'word' && !PERIODS.has(next.lower);
    if (STOP.has(t.lower) && !keepTo && !keepPer && !keepOn && !(t.lower === 'of' && words.length > 0)) {
      if (words.length === 0 && (t.lower === 'of' || t.lower === 'sure')) continue;
      break;
    }
    words.push(t.text);
    starts.push(t.start);
  }
  const acronym = acronymAt(tokens, k);
  if (acronym) return acronym;
  return clean(words, starts[0] === firstWordStart(tokens));
}

function firstWordStart(tokens: readonly Token[]): number {
  return tokens.find((t) => t.kind === 'word')?.start ?? -1;
}

/** "(NPS)", "(CSAT)": an acronym in parentheses names the metric. */
function acronymAt(tokens: readonly Token[], k: number): string | null {
  const open = tokens[k];
  const word = tokens[k + 1];
  const close = tokens[k + 2];
  if (open?.kind !== 'open' || word?.kind !== 'word' || close?.kind !== 'close') return null;
  // "CAC (EUR)": a currency code in brackets is the unit, not the metric.
  if (currencyOfWord(word.text)) return null;
  return /^[A-Z][A-Za-z]*[A-Z]s?$/.test(word.text) && word.text.length <= 6 ? word.text : null;
}

function clean(words: readonly string[], startsStatement: boolean): string | null {
  let start = 0;
  let end = words.length;
  while (start < end && DROP_LEADING.has((words[start] ?? '').toLowerCase())) start++;
  while (
    end > start &&
    (DROP_TRAILING.has((words[end - 1] ?? '').toLowerCase()) ||
      STOP.has((words[end - 1] ?? '').toLowerCase()))
  )
    end--;
  if (start === end) return null;
  const kept = words.slice(start, end);
  // "Monthly Revenue", "Employee Retention Rate": title case is style, not names.
  const titleCase = kept.every((w) => /^[A-Z]/.test(w));
  return kept.map((w, i) => caseOf(w, titleCase || (i === 0 && startsStatement))).join(' ');
}

/**
 * Lower-case, except acronyms, words with inner capitals ("NPS", "LinkedIn", "SaaS") and
 * names capitalised mid-sentence ("Instagram followers").
 */
function caseOf(word: string, styleCapital: boolean): string {
  const upper = word.toUpperCase();
  if (ACRONYMS.has(word) || ACRONYMS.has(upper)) return ACRONYMS.has(word) ? word : upper;
  if (/[A-Z].*[A-Z]/.test(word) || /^[a-z]+[A-Z]/.test(word))
    return word.length > 1 && word === upper && word.length > 5 ? word.toLowerCase() : word;
  return styleCapital ? word.toLowerCase() : word;
}
