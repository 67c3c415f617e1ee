import { durationOfWord } from './durations.js';
import { parseNumeral, SCALE_WORDS, tidy, wordNumber } from './numbers.js';
import { readSuffix } from './quantity-suffix.js';
import { type RawToken, scan } from './tokenize.js';
import { currencyOfWord, PERCENT_WORDS, SCORE_SCALES } from './units.js';

/**
 * The second pass: a numeral and what surrounds it become one quantity token:
 * "₹20 lakh" → 2,000,000 INR, "6 hours" → 6 h, "4.5/5" → 4.5 on "/5", "+400%", "45+",
 * "$10k/month". Everything else passes through as words and symbols.
 */

export type UnitKind = 'percent' | 'points' | 'currency' | 'duration' | 'score';

export interface QuantityToken {
  readonly kind: 'quantity';
  readonly value: number;
  readonly unit: string | null;
  readonly unitKind: UnitKind | null;
  /** Written with an explicit sign: "+400%", "(-20%)". */
  readonly sign: '+' | '-' | null;
  /** "45+": this much or more. */
  readonly plus: boolean;
  /** "±5%": a symmetric range around zero. */
  readonly plusMinus: boolean;
  /** "3x", "10-fold": a factor, not a level. */
  readonly multiplier: boolean;
  /** "#1", "top 3", "1st": a position, not an amount. */
  readonly rank: boolean;
  /** What the value is per: "month" in "$10k/month", "customer" in "R$ 80 per customer". */
  readonly per: string | null;
  readonly start: number;
  readonly end: number;
}

export type Token =
  | QuantityToken
  | {
      readonly kind: 'word';
      readonly text: string;
      readonly lower: string;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly kind: 'compare';
      readonly op: '<' | '<=' | '>' | '>=' | '=';
      readonly start: number;
      readonly end: number;
    }
  | { readonly kind: 'punct'; readonly text: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'arrow' | 'open' | 'close' | 'dash' | 'slash' | 'plus' | 'percent';
      readonly start: number;
      readonly end: number;
    };

const TIME_WORDS =
  /\b(?:time|times|latency|mttr|mttd|duration|wait|delay|response|resolution|turnaround|hours?|minutes?|days?)\b/i;
const PER_PERIODS = new Set(['day', 'week', 'month', 'quarter', 'year', 'hour', 'annum', 'mo', 'yr', 'wk']);

/** Tokens of a statement (dates already blanked out). */
export function tokenize(text: string): Token[] {
  const raw = scan(text);
  const timeContext = TIME_WORDS.test(text);
  const out: Token[] = [];
  for (let j = 0; j < raw.length; ) {
    const fraction = fractionAt(raw, j);
    if (fraction) {
      out.push(fraction);
      j++;
      continue;
    }
    const anHour = articleDuration(raw, j);
    if (anHour) {
      out.push(anHour);
      j += 2;
      continue;
    }
    // "the online 686/674 form flow": two whole numbers joined by a slash name a thing.
    const pair = identifierPair(raw, j);
    if (pair > 0) {
      for (let n = 0; n < pair; n++) out.push(passThrough(raw[j + n] as RawToken));
      j += pair;
      continue;
    }
    const quantity = readQuantity(raw, j, timeContext);
    if (
      quantity &&
      !isPartOfName(quantity.token, out.at(-1)) &&
      !namesWhatFollows(quantity.token, raw[quantity.next])
    ) {
      out.push(quantity.token);
      j = quantity.next;
      continue;
    }
    out.push(passThrough(raw[j] as RawToken));
    j++;
  }
  return out;
}

const LIMIT_WORDS = new Set(['under', 'below', 'within', 'than', 'most', 'max', 'maximum', 'least']);

/** "under an hour", "within a day": one of the unit, after a limit ("5 times a week" is not one). */
function articleDuration(raw: readonly RawToken[], j: number): QuantityToken | null {
  const [before, article, unit] = [raw[j - 1], raw[j], raw[j + 1]];
  if (before?.kind !== 'word' || article?.kind !== 'word' || unit?.kind !== 'word') return null;
  if (!LIMIT_WORDS.has(before.lower) || (article.lower !== 'a' && article.lower !== 'an')) return null;
  const duration = durationOfWord(unit.lower, false);
  if (!duration) return null;
  return quantity({ value: 1, unit: duration, unitKind: 'duration', start: article.start, end: unit.end });
}

/** "SOC 2", "ISO 27001", "Series 3", "level 4": a number that names something. */
const NAME_PREFIXES = new Set([
  'soc',
  'iso',
  'pci',
  'wcag',
  'hipaa',
  'level',
  'tier',
  'series',
  'phase',
  'rfc',
  'version',
  'v',
  'stage',
  'gen',
  'web',
  'windows',
  'iphone',
  'covid',
  'chapter',
  'wave',
  'sprint',
  'release',
  'section',
  'article',
  'article',
  'industry',
  'class',
  'grade',
  'mark',
  'model',
  'cohort',
  'region',
  'zone',
  'type',
  'control',
]);

const DETERMINERS = new Set(['the', 'our', 'this', 'its', 'their', 'his', 'her', 'my', 'your']);

/** "SOC 2" names a standard; "the 2026 budget" names a year. Neither is a value. */
function isPartOfName(q: QuantityToken, previous: Token | undefined): boolean {
  if (q.unit !== null || q.sign !== null || q.rank || previous?.kind !== 'word') return false;
  // "Ship v1.0", "release 2.4.1": the digits after "v1." are a version, part of its name.
  if (previous.end === q.start && /\p{N}\.?$/u.test(previous.lower)) return true;
  const year = Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100;
  return NAME_PREFIXES.has(previous.lower) || (year && DETERMINERS.has(previous.lower));
}

/**
 * "686/674 claims": two whole numbers of two digits or more joined by a slash, neither a
 * score ("4.2/5") nor a date (dates are gone by now), are an identifier. Returns how many
 * raw tokens it spans, or 0.
 */
function identifierPair(raw: readonly RawToken[], j: number): number {
  const [a, slash, b] = [raw[j], raw[j + 1], raw[j + 2]];
  if (a?.kind !== 'numeral' || slash?.kind !== 'slash' || b?.kind !== 'numeral') return 0;
  if (!slash.glued || !b.glued || a.sign !== null) return 0;
  if (!/^\d{2,}$/.test(a.raw) || !/^\d{2,}$/.test(b.raw) || SCORE_SCALES.has(Number(b.raw))) return 0;
  return 3;
}

/** Nouns a number before them names rather than counts: "the online 686 form", "Section 508 act". */
const NAMED_BY_NUMBER = new Set([
  'form',
  'act',
  'directive',
  'regulation',
  'protocol',
  'standard',
  'model',
  'series',
]);

/** "an online 686 form": a whole number right before a singular naming noun is part of its name. */
function namesWhatFollows(q: QuantityToken, next: RawToken | undefined): boolean {
  // "Launch 2.0 version of product": a number before "version" or "release" is its name.
  if (q.unit === null && q.sign === null && next?.kind === 'word' && /^(?:version|release)$/.test(next.lower))
    return true;
  if (q.unit !== null || q.sign !== null || q.rank || !Number.isInteger(q.value) || q.value < 10)
    return false;
  return next?.kind === 'word' && NAMED_BY_NUMBER.has(next.lower);
}

/** "by half", "by a third", "cut in half": a relative change in words. */
function fractionAt(raw: readonly RawToken[], j: number): QuantityToken | null {
  const t = raw[j];
  if (t?.kind !== 'word') return null;
  const before = (n: number) => {
    const w = raw[j - n];
    return w?.kind === 'word' ? w.lower : '';
  };
  const share =
    t.lower === 'half' ? 50 : t.lower === 'third' ? 100 / 3 : t.lower === 'quarter' ? 25 : undefined;
  if (share === undefined) return null;
  const byWords =
    t.lower === 'half'
      ? ['by', 'in'].includes(before(1)) || (before(1) === 'a' && before(2) === 'by')
      : ['a', 'one'].includes(before(1)) && before(2) === 'by';
  if (!byWords) return null;
  return quantity({ value: tidy(share), unit: '%', unitKind: 'percent', start: t.start, end: t.end });
}

function passThrough(t: RawToken): Token {
  switch (t.kind) {
    case 'word':
      return { kind: 'word', text: t.text, lower: t.lower, start: t.start, end: t.end };
    case 'compare':
      return { kind: 'compare', op: t.op, start: t.start, end: t.end };
    case 'punct':
      return { kind: 'punct', text: t.text, start: t.start, end: t.end };
    case 'numeral':
      return { kind: 'word', text: t.raw, lower: t.raw, start: t.start, end: t.end };
    case 'rank':
    case 'ordinal':
      return { kind: 'word', text: String(t.value), lower: String(t.value), start: t.start, end: t.end };
    case 'currency':
      return { kind: 'word', text: t.code, lower: t.code.toLowerCase(), start: t.start, end: t.end };
    default:
      return { kind: t.kind, start: t.start, end: t.end };
  }
}

interface Core {
  readonly raw: string | null;
  readonly value: number;
  readonly sign: '+' | '-' | null;
  readonly rank: boolean;
  readonly currency: string | null;
  readonly start: number;
  readonly next: number;
}

function readCore(raw: readonly RawToken[], j: number): Core | null {
  const t = raw[j];
  const n = raw[j + 1];
  if (!t) return null;
  const base = { sign: null, rank: false, currency: null, start: t.start };
  if (t.kind === 'currency' || (t.kind === 'word' && /^[A-Z]{3}$/.test(t.text) && currencyOfWord(t.text))) {
    const code = t.kind === 'currency' ? t.code : (currencyOfWord(t.text) ?? null);
    const inner = readCore(raw, j + 1);
    if (inner && !inner.rank && inner.currency === null) return { ...inner, currency: code, start: t.start };
    return null;
  }
  if (t.kind === 'numeral') return { ...base, raw: t.raw, value: Number.NaN, sign: t.sign, next: j + 1 };
  if (t.kind === 'rank' || t.kind === 'ordinal')
    return { ...base, raw: null, value: t.value, rank: true, next: j + 1 };
  if (t.kind !== 'word') return null;
  const topN = /^top-(\d+)$/.exec(t.lower);
  if (topN) return { ...base, raw: null, value: Number(topN[1]), rank: true, next: j + 1 };
  if ((t.lower === 'top' || t.lower === 'no.') && n?.kind === 'numeral') {
    return { ...base, raw: null, value: parseNumeral(n.raw), rank: true, next: j + 2 };
  }
  // "one hour" is a quantity; "a second one", "one of the best" are not.
  // "at least one new PIO", "more than one": after a comparator it is a count.
  const afterBound = /^(?:least|most|than)$/.test(wordBefore(raw, j));
  const spelled = t.lower === 'one' ? (isUnitWord(n) || afterBound ? 1 : undefined) : wordNumber(t.lower);
  if (spelled !== undefined) return { ...base, raw: null, value: spelled, next: j + 1 };
  return null;
}

function wordBefore(raw: readonly RawToken[], j: number): string {
  const t = raw[j - 1];
  return t?.kind === 'word' ? t.lower : '';
}

function isUnitWord(t: RawToken | undefined): boolean {
  if (t?.kind !== 'word') return t?.kind === 'percent';
  return (
    durationOfWord(t.lower, false) !== undefined || SCALE_WORDS.has(t.lower) || PERCENT_WORDS.has(t.lower)
  );
}

function readQuantity(
  raw: readonly RawToken[],
  j: number,
  timeContext: boolean,
): { token: QuantityToken; next: number } | null {
  const fold = raw[j];
  if (fold?.kind === 'word') {
    const m = /^(\d+(?:\.\d+)?)-fold$/.exec(fold.lower);
    if (m)
      return {
        token: quantity({ value: Number(m[1]), multiplier: true, start: fold.start, end: fold.end }),
        next: j + 1,
      };
  }
  const opener = raw[j];
  const plusMinus = opener?.kind === 'punct' && opener.text === '±';
  const core = readCore(raw, plusMinus ? j + 1 : j);
  if (!core) return null;
  let k = core.next;
  let currency = core.currency;
  let scale = 1;
  let unit: string | null = null;
  let unitKind: UnitKind | null = null;
  let multiplier = false;
  let plus = false;
  let per: string | null = null;
  let value = core.value;
  const word = (i: number) => {
    const t = raw[i];
    return t?.kind === 'word' ? t : undefined;
  };
  if (!core.rank) {
    const s = word(k);
    const scaleValue = s ? SCALE_WORDS.get(s.lower) : undefined;
    // "£1 m", "€2 k": after a currency a spaced letter is a scale too.
    if (s && scaleValue !== undefined && (s.lower.length > 1 || s.glued || currency !== null)) {
      const minutes = s.text === 'm' && currency === null && timeContext;
      if (!minutes) {
        scale = scaleValue;
        k++;
      }
    }
    const c = raw[k];
    if (currency === null && c?.kind === 'currency') {
      currency = c.code;
      k++;
    } else if (
      c?.kind === 'word' &&
      currencyOfWord(c.text) &&
      // "$8,000 CLP": a code after the number names the dollar.
      (currency === null || (currency === 'USD' && /^[A-Z]{3}$/.test(c.text)))
    ) {
      currency = currencyOfWord(c.text) ?? null;
      k++;
    }
    if (core.raw !== null) value = parseNumeral(core.raw, currency);
    if (currency !== null) {
      unit = currency;
      unitKind = 'currency';
    } else {
      const suffix = readSuffix(raw, k, value);
      if (suffix) {
        unit = suffix.unit;
        unitKind = suffix.unitKind;
        multiplier = suffix.multiplier;
        k = suffix.next;
      }
    }
  }
  if (!Number.isFinite(value)) return null;
  value = tidy(value * scale * (core.sign === '-' ? -1 : 1));
  // "a 3:1 ratio", "LTV:CAC of 5:1": a ratio to one is its first number.
  const colon = raw[k];
  const one = raw[k + 1];
  if (
    unit === null &&
    colon?.kind === 'punct' &&
    colon.text === ':' &&
    colon.glued &&
    one?.kind === 'numeral' &&
    one.glued &&
    one.raw === '1'
  )
    k += 2;
  if (raw[k]?.kind === 'plus' && raw[k]?.glued) {
    plus = true;
    k++;
  }
  const p = raw[k];
  const q = raw[k + 1];
  if (p?.kind === 'slash' && q?.kind === 'word' && p.glued && q.glued) {
    per = q.lower;
    k += 2;
  } else if (
    p?.kind === 'word' &&
    q?.kind === 'word' &&
    (p.lower === 'per' || (/^(?:a|an|each|every)$/.test(p.lower) && PER_PERIODS.has(q.lower)))
  ) {
    per = q.lower;
    k += 2;
  }
  const last = raw[k - 1] as RawToken;
  return {
    token: quantity({
      value,
      unit,
      unitKind,
      sign: core.sign,
      plus,
      plusMinus,
      multiplier,
      rank: core.rank,
      per,
      start: core.start,
      end: last.end,
    }),
    next: k,
  };
}

function quantity(q: Partial<QuantityToken> & { value: number; start: number; end: number }): QuantityToken {
  return {
    kind: 'quantity',
    unit: null,
    unitKind: null,
    sign: null,
    plus: false,
    plusMinus: false,
    multiplier: false,
    rank: false,
    per: null,
    ...q,
  };
}
