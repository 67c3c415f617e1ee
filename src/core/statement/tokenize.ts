import { CURRENCY_SIGN_PATTERN, CURRENCY_SIGNS } from './units.js';

/**
 * The first pass: characters into raw tokens. Numbers stay raw numerals here; `quantities.ts`
 * joins a numeral with its currency, scale, percent, duration or score into one quantity.
 * Every token knows its span and whether whitespace came before it (`glued` is false),
 * because "2h" is two hours but "2 h" is not.
 */

interface Span {
  readonly start: number;
  readonly end: number;
  /** No whitespace between this token and the previous one. */
  readonly glued: boolean;
}

export type RawToken =
  | (Span & { readonly kind: 'numeral'; readonly raw: string; readonly sign: '+' | '-' | null })
  | (Span & { readonly kind: 'word'; readonly text: string; readonly lower: string })
  | (Span & { readonly kind: 'currency'; readonly code: string })
  | (Span & { readonly kind: 'rank'; readonly value: number })
  | (Span & { readonly kind: 'ordinal'; readonly value: number })
  | (Span & { readonly kind: 'arrow' })
  | (Span & { readonly kind: 'compare'; readonly op: '<' | '<=' | '>' | '>=' | '=' })
  | (Span & { readonly kind: 'percent' })
  | (Span & { readonly kind: 'open' })
  | (Span & { readonly kind: 'close' })
  | (Span & { readonly kind: 'dash' })
  | (Span & { readonly kind: 'slash' })
  | (Span & { readonly kind: 'plus' })
  | (Span & { readonly kind: 'punct'; readonly text: string });

const ARROW = /(?:-{1,2}>|=>|→|⟶|➝|➔|➜|⇒|—>|–>|⟹)/y;
const COMPARE = /(?:<=|>=|=<|≤|≥|<|>|=)/y;
const RANK = /(?:#|№)\s?(\d+)\b/y;
const NUMERAL =
  /(?:\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?![\d])|\d{1,3}(?: \d{3})+(?![\d.,])|\d+)(?:[.,]\d+)?|[.,]\d+/y;
const LETTERS_AFTER_NUMBER = /[\p{L}][\p{L}\p{N}]*/uy;
const HYPHEN_COMPOUND = /-[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/uy;
const WORD = /[\p{L}_][\p{L}\p{M}\p{N}_'’]*(?:[-&][\p{L}\p{M}\p{N}]+)*\.?/uy;
const ROUND_THE_CLOCK = /24\/7\b/y;
const SPACE = /[\s\u00a0\u202f\u200b]+/y;

/** Letters that may follow a numeral directly and still be a unit, scale or ordinal. */
const GLUED_SUFFIXES = new Set([
  'k',
  'm',
  'mm',
  'mn',
  'b',
  'bn',
  'cr',
  'x',
  'h',
  'hr',
  'hrs',
  's',
  'sec',
  'secs',
  'min',
  'mins',
  'ms',
  'd',
  'w',
  'wk',
  'wks',
  'mo',
  'mos',
  'y',
  'yr',
  'yrs',
  'pp',
  'pps',
  'ppt',
  'ppts',
  'pts',
  'st',
  'nd',
  'rd',
  'th',
  'days',
  'hours',
  'minutes',
  'weeks',
  'months',
  'years',
  'lakh',
  'lakhs',
  'crore',
  'crores',
  'usd',
  'eur',
  'gbp',
  'inr',
  'brl',
  'jpy',
  'percent',
  'pct',
  'fold',
]);

function at(pattern: RegExp, text: string, i: number): RegExpExecArray | null {
  pattern.lastIndex = i;
  return pattern.exec(text);
}

/** Splits text into raw tokens. Never throws; characters it cannot read are skipped. */
export function scan(text: string): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  let glued = false;
  while (i < text.length) {
    const space = at(SPACE, text, i);
    if (space) {
      i += space[0].length;
      glued = false;
      continue;
    }
    const token = scanOne(text, i, glued, out.at(-1));
    if (Array.isArray(token)) out.push(...token);
    else if (token) out.push(token);
    const last = out.at(-1);
    i = last && last.end > i ? last.end : i + 1;
    glued = true;
  }
  return out;
}

function scanOne(
  text: string,
  i: number,
  glued: boolean,
  previous: RawToken | undefined,
): RawToken | RawToken[] | null {
  const span = (length: number) => ({ start: i, end: i + length, glued });
  const c = text[i] ?? '';
  let m = at(ARROW, text, i);
  if (m) return { kind: 'arrow', ...span(m[0].length) };
  m = at(COMPARE, text, i);
  if (m) return { kind: 'compare', op: compareOp(m[0]), ...span(m[0].length) };
  m = at(CURRENCY_SIGN_PATTERN, text, i);
  if (m && !(m[0].length > 1 && glued && previous?.kind === 'word')) {
    return { kind: 'currency', code: CURRENCY_SIGNS.get(m[0].trim()) ?? 'USD', ...span(m[0].length) };
  }
  m = at(RANK, text, i);
  if (m) return { kind: 'rank', value: Number(m[1]), ...span(m[0].length) };
  if (/[+\-−]/.test(c) && /[\d.]/.test(text[i + 1] ?? '') && canTakeSign(glued, previous)) {
    const numeral = scanNumeral(text, i + 1, true);
    if (numeral) return withSign(numeral, c === '+' ? '+' : '-', i);
  }
  m = at(ROUND_THE_CLOCK, text, i);
  if (m) return { kind: 'word', text: m[0], lower: m[0], ...span(m[0].length) };
  if (/[\d.,]/.test(c)) {
    const numeral = scanNumeral(text, i, glued, previous);
    if (numeral) return numeral;
  }
  m = at(WORD, text, i);
  if (m) {
    const word =
      m[0].endsWith('.') && !/^(?:vs|no|rs|approx|avg|p\.p)\.$/i.test(m[0]) ? m[0].slice(0, -1) : m[0];
    return { kind: 'word', text: word, lower: word.toLowerCase(), ...span(word.length) };
  }
  if (c === '%' || c === '٪') return { kind: 'percent', ...span(1) };
  if ('([{'.includes(c)) return { kind: 'open', ...span(1) };
  if (')]}'.includes(c)) return { kind: 'close', ...span(1) };
  if ('-–—−'.includes(c)) return { kind: 'dash', ...span(1) };
  if (c === '/') return { kind: 'slash', ...span(1) };
  if (c === '+') return { kind: 'plus', ...span(1) };
  if (c === '×') return { kind: 'word', text: 'x', lower: 'x', ...span(1) };
  if (c === '~' || c === '≈') return { kind: 'word', text: c, lower: 'about', ...span(1) };
  if (/[,;:.!?"“”'‘’±]/.test(c)) return { kind: 'punct', text: c, ...span(1) };
  return null;
}

/** Words after which "24-hour" is a limit ("a max 24-hour response time"), not a name ("30-day retention"). */
const LIMIT_WORDS = new Set([
  'max',
  'maximum',
  'min',
  'minimum',
  'under',
  'below',
  'within',
  'than',
  'most',
  'least',
]);
const HYPHEN_DURATION = /^-(second|minute|hour|day|week|month|year)s?$/i;

/** A numeral, a numeral glued to a unit ("10k", "2h"), or a word that starts with digits ("5G", "24-hour"). */
function scanNumeral(
  text: string,
  i: number,
  glued: boolean,
  previous?: RawToken,
): RawToken | RawToken[] | null {
  const m = at(NUMERAL, text, i);
  if (!m) return null;
  const end = i + m[0].length;
  const numeral: RawToken = { kind: 'numeral', raw: m[0], sign: null, start: i, end, glued };
  const hyphen = at(HYPHEN_COMPOUND, text, end);
  const unit = hyphen ? HYPHEN_DURATION.exec(hyphen[0]) : null;
  if (unit && previous?.kind === 'word' && LIMIT_WORDS.has(previous.lower)) {
    const word = unit[1] ?? '';
    const start = end + 1;
    return [
      numeral,
      { kind: 'word', text: word, lower: word.toLowerCase(), start, end: start + word.length, glued: true },
    ];
  }
  if (hyphen) {
    const word = text.slice(i, end + hyphen[0].length);
    return { kind: 'word', text: word, lower: word.toLowerCase(), start: i, end: i + word.length, glued };
  }
  const letters = at(LETTERS_AFTER_NUMBER, text, end);
  if (!letters) return numeral;
  const suffix = letters[0].toLowerCase();
  if (['st', 'nd', 'rd', 'th'].includes(suffix) && /^\d+$/.test(m[0])) {
    return { kind: 'ordinal', value: Number(m[0]), start: i, end: end + suffix.length, glued };
  }
  if (GLUED_SUFFIXES.has(suffix)) {
    const word: RawToken = {
      kind: 'word',
      text: letters[0],
      lower: suffix,
      start: end,
      end: end + suffix.length,
      glued: true,
    };
    return [numeral, word];
  }
  const word = text.slice(i, end + letters[0].length);
  return { kind: 'word', text: word, lower: word.toLowerCase(), start: i, end: i + word.length, glued };
}

function withSign(token: RawToken | RawToken[], sign: '+' | '-', start: number): RawToken | RawToken[] {
  const first = Array.isArray(token) ? token[0] : token;
  if (first?.kind !== 'numeral') return token;
  const signed: RawToken = { ...first, sign, start };
  return Array.isArray(token) ? [signed, ...token.slice(1)] : signed;
}

/** "+400%" and "(-20%)" are signed; the dash in "70-80%" is not a sign. */
function canTakeSign(glued: boolean, previous: RawToken | undefined): boolean {
  return !glued || previous === undefined || ['open', 'punct', 'compare', 'arrow'].includes(previous.kind);
}

function compareOp(text: string): '<' | '<=' | '>' | '>=' | '=' {
  if (text === '<=' || text === '=<' || text === '≤') return '<=';
  if (text === '>=' || text === '≥') return '>=';
  if (text === '<' || text === '>') return text;
  return '=';
}
