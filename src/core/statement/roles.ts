import type { QuantityToken, Token } from './quantities.js';

/**
 * What each number in a statement is, from the words around it: "from 8%" is where it
 * starts, "to 5%" where it should go, "by 30%" a change, "under 4 hours" an upper bound,
 * "= 52 min" or "of 70" a level, "(currently 65%)" the value now, "(target 30 min)" a target.
 */
export type Role =
  | 'from'
  | 'now'
  | 'to'
  | 'level'
  | 'by'
  | 'upper'
  | 'lower'
  | 'low'
  | 'high'
  | 'bare'
  | 'timeframe';

export interface RoledQuantity {
  readonly q: QuantityToken;
  readonly index: number;
  readonly role: Role;
  /** Index of the first token of the marker ("at least" starts at "at"), or the number's own index. */
  readonly markerStart: number;
  /** "5 times a week": how often, a sign of an activity. */
  readonly frequency: boolean;
  /** The marker phrase that gave the role ("target", "to", "→", "at least"), or "" for none. */
  readonly marker: string;
}

type Marker = Role | 'filler' | 'between';

const PHRASES: ReadonlyMap<string, Marker> = new Map([
  ...entries(
    'from',
    'from|up from|down from|instead of|rather than|vs|vs.|versus|compared to|compared with|was|were|previously|baseline|baseline of|baseline :|starting from|starting at|last year|last quarter|last month',
  ),
  ...entries(
    'now',
    'currently|current|now|today|is|are|stands at|sits at|sitting at|standing at|is at|is currently|at present|actual|actual :|currently at|right now|reading',
  ),
  ...entries(
    'to',
    'to|→|target|target :|target of|target is|targets|goal|goal :|goal of|goal is|towards|toward|down to|up to the|reach|reaching|hit|hitting|into|aiming at|target =|goal =',
  ),
  ...entries(
    'level',
    'of|at|=|:|equal to|equals|aim for|aim|aiming for|around the|stay at|remain at|hold at|with',
  ),
  ...entries('by', 'by|up by|down by|by another|by a further|up|down'),
  ...entries(
    'upper',
    'under|below|beneath|less than|lower than|fewer than|shorter than|no more than|not more than|at most|max|maximum|maximum of|a maximum of|up to|within|not exceed|not to exceed|never exceed|not exceeding|no higher than|no greater than|no longer than|capped at|<|<=|not above|not over|south of|at or below|at or under|less',
  ),
  ...entries(
    'lower',
    'above|over|more than|greater than|higher than|longer than|at least|min|minimum|minimum of|a minimum of|no less than|not less than|no lower than|no fewer than|not below|not under|>|>=|exceed|exceeds|exceeding|beyond|in excess of|north of|at or above|upwards of|in the range of at least',
  ),
  ...entries(
    'between',
    'between|in the range|range|range of|in the range of|within the range of|within a range of|ranges from|range from|ranging from|varies from|vary from|varying from',
  ),
  ...entries(
    'filler',
    'the|a|an|about|around|approximately|approx|approx.|avg|avg.|average|be|roughly|just|only|nearly|almost|some|average of|an average of|a total of|total of|mean of|median of|our|its|their|my|your|his|her|this|that|least the|consistently|steady|steadily|still',
  ),
]);

function entries(marker: Marker, list: string): [string, Marker][] {
  return list.split('|').map((phrase) => [phrase, marker]);
}

const POSTFIX: ReadonlyMap<string, Role> = new Map([
  ...entries('upper', 'or less|or fewer|or lower|or below|or under|or shorter|max|maximum|at most|tops').map(
    asRole,
  ),
  ...entries(
    'lower',
    'or more|or higher|or above|or greater|or over|or better|plus|minimum|min|at least|and above|and up|and over',
  ).map(asRole),
  ...entries('to', 'target|goal|targeted').map(asRole),
  ...entries(
    'now',
    'flat|stable|steady|today|now|currently|at present|this month|this week|so far|ytd|last month',
  ).map(asRole),
  ...entries('from', 'last year|previously|before|baseline').map(asRole),
]);

function asRole([phrase, marker]: [string, Marker]): [string, Role] {
  return [phrase, marker as Role];
}

/** Change words after a number: "a 20% increase", "30% fewer bugs". */
const CHANGE_AFTER: ReadonlyMap<string, 1 | -1 | 0> = new Map([
  ...['increase', 'growth', 'rise', 'uplift', 'improvement', 'boost', 'gain', 'more', 'higher'].map(
    (w) => [w, 1 as const] as const,
  ),
  ...['reduction', 'decrease', 'drop', 'decline', 'cut', 'fewer', 'less', 'lower'].map(
    (w) => [w, -1 as const] as const,
  ),
  // "18% QoQ" is a rate of change without a direction of its own.
  ...[
    'yoy',
    'mom',
    'qoq',
    'wow',
    'year-over-year',
    'year-on-year',
    'month-over-month',
    'quarter-over-quarter',
  ].map((w) => [w, 0 as const] as const),
]);

const TIMEFRAME_WORDS = new Set([
  'in',
  'over',
  'during',
  'for',
  'next',
  'past',
  'every',
  'each',
  'after',
  'within',
  // "200k views per 30 days": the span a rate is counted over.
  'per',
]);

function keyOf(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === 'word') return t.lower;
  if (t.kind === 'compare') return t.op;
  if (t.kind === 'arrow') return '→';
  if (t.kind === 'punct' && t.text === ':') return ':';
  return undefined;
}

/** The marker phrase ending at token `p`, longest first. */
function markerEndingAt(
  tokens: readonly Token[],
  p: number,
): { marker: Marker; length: number; phrase: string } | undefined {
  for (let length = 5; length >= 1; length--) {
    if (p - length + 1 < 0) continue;
    const keys: string[] = [];
    for (let k = p - length + 1; k <= p; k++) {
      const key = keyOf(tokens[k]);
      if (key === undefined) break;
      keys.push(key);
    }
    if (keys.length !== length) continue;
    const phrase = keys.join(' ');
    const marker = PHRASES.get(phrase);
    if (marker) return { marker, length, phrase };
  }
  return undefined;
}

function prefixRole(
  tokens: readonly Token[],
  i: number,
): { role: Marker | 'bare' | 'range-high'; start: number; phrase: string } {
  let p = i - 1;
  while (p >= 0) {
    const t = tokens[p];
    if (t?.kind === 'dash' && tokens[p - 1]?.kind === 'quantity')
      return { role: 'range-high', start: p, phrase: '-' };
    const found = markerEndingAt(tokens, p);
    // "(currently closed 1)": a participle between "currently" and its number says nothing.
    const word = keyOf(tokens[p]) ?? '';
    if (!found && /ed$/.test(word) && /^(?:currently|now)$/.test(keyOf(tokens[p - 1]) ?? '')) {
      p -= 1;
      continue;
    }
    if (!found) return { role: 'bare', start: i, phrase: '' };
    const start = p - found.length + 1;
    // "12% → < 7%": a bound after an arrow is where the arrow goes.
    if ((found.marker === 'upper' || found.marker === 'lower') && tokens[start - 1]?.kind === 'arrow')
      return { role: 'to', start: start - 1, phrase: '→' };
    if (found.marker !== 'filler') return { role: found.marker, start, phrase: found.phrase };
    p -= found.length;
  }
  return { role: 'bare', start: i, phrase: '' };
}

function postfixRole(
  tokens: readonly Token[],
  i: number,
): { role: Role | 'change' | 'change-up' | 'change-down'; phrase: string } | undefined {
  let k = i + 1;
  if (tokens[k]?.kind === 'open') k++;
  const words: string[] = [];
  for (let n = 0; n < 3; n++) {
    const t = tokens[k + n];
    if (t?.kind !== 'word') break;
    words.push(t.lower);
  }
  for (let length = words.length; length >= 1; length--) {
    const phrase = words.slice(0, length).join(' ');
    const role = POSTFIX.get(phrase);
    // "52 min (target 30 min)": that "target" belongs to the next number.
    if (role && !introducesNumber(tokens, k + length)) return { role, phrase };
    if (length === 1 && k === i + 1) {
      const change = CHANGE_AFTER.get(phrase);
      if (change !== undefined)
        return { role: change > 0 ? 'change-up' : change < 0 ? 'change-down' : 'change', phrase };
    }
  }
  return undefined;
}

function introducesNumber(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 3; n++) {
    const t = tokens[n];
    if (t?.kind === 'quantity') return true;
    const key = keyOf(t);
    if (key === undefined || !(key === ':' || key === '=' || key === 'of' || key === 'is' || key === 'at'))
      return false;
  }
  return false;
}

export interface RoleResult {
  readonly values: readonly RoledQuantity[];
  /** Sign implied by words after a change ("30% fewer"), per token index. */
  readonly changeSigns: ReadonlyMap<number, 1 | -1>;
  /**
   * "Resolve 95% of tickets within 24 hours", "99% of requests under 300 ms": a share done
   * within a time or a limit, a service level. Its first value is the share.
   */
  readonly serviceLevel: boolean;
}

/** Assigns a role to every quantity token. Ranks without a role ("#1 agency") are dropped. */
export function assignRoles(tokens: readonly Token[]): RoleResult {
  const out: RoledQuantity[] = [];
  const changeSigns = new Map<number, 1 | -1>();
  tokens.forEach((t, index) => {
    if (t.kind !== 'quantity') return;
    const prefix = prefixRole(tokens, index);
    const after = postfixRole(tokens, index);
    const postfix = after?.role;
    let role: Role;
    let marker = prefix.phrase;
    let markerStart = prefix.start;
    if (prefix.role === 'range-high') role = 'high';
    else if (prefix.role === 'between') role = 'low';
    else if (prefix.role === 'filler') role = 'bare';
    else role = prefix.role;
    const previous = out.at(-1);
    if (
      previous?.role === 'low' &&
      (role === 'bare' || role === 'to') &&
      isAndBetween(tokens, previous.index, index)
    )
      role = 'high';
    // "70-85%", "target: 70–85%", "→ 3-5 days": a range, whatever marker came before it.
    if (
      (role === 'bare' || role === 'level' || role === 'to' || role === 'now') &&
      tokens[index + 1]?.kind === 'dash' &&
      tokens[index + 2]?.kind === 'quantity'
    )
      role = 'low';
    if (postfix === 'change-up' || postfix === 'change-down' || postfix === 'change') {
      if (role === 'bare') role = 'by';
      if (postfix !== 'change') changeSigns.set(index, postfix === 'change-up' ? 1 : -1);
    } else if (
      postfix &&
      (role === 'bare' ||
        role === 'level' ||
        (role === 'to' && postfix !== 'now') ||
        // "CSAT is 85% or higher": the copula says nothing, the words after the number do.
        (role === 'now' && (postfix === 'upper' || postfix === 'lower')))
    ) {
      if (!(role === 'to' && postfix === 'to')) {
        role = postfix;
        marker = after?.phrase ?? '';
      }
    }
    // "should be 3x CAC" is a ratio to hold; "grow revenue 3x" a change.
    const ratioLevel = t.multiplier && /^(?:be|is|are|=)$/.test(keyOf(tokens[index - 1]) ?? '');
    if ((t.sign !== null || t.multiplier) && (role === 'bare' || role === 'level') && !ratioLevel)
      role = 'by';
    // "is 8.0+", "is 10%+", "45+": this much or more.
    if (t.plus && (role === 'bare' || role === 'level' || role === 'now')) role = 'lower';
    // "NPS up 50", "churn down 2 points": the word gives the change its sign.
    if (role === 'by' && (marker === 'up' || marker === 'down'))
      changeSigns.set(index, marker === 'up' ? 1 : -1);
    // "a response in one hour or less" is a bound, not the time it is done in.
    const bounded = postfix === 'upper' || postfix === 'lower';
    if (t.unitKind === 'duration' && !bounded && isTimeframe(tokens, index)) role = 'timeframe';
    // "#1 agency", "the top 3 tools": a rank is a value only when it moves ("from #8 to #3").
    if (t.rank && role !== 'from' && role !== 'to' && role !== 'now') return;
    if (role === 'bare') markerStart = index;
    const frequency = isFrequency(tokens, index);
    if (t.plusMinus) {
      // "within ±5%": a symmetric range.
      out.push({ q: { ...t, value: -t.value }, index, role: 'low', markerStart, marker, frequency });
      out.push({ q: t, index, role: 'high', markerStart, marker, frequency });
      return;
    }
    out.push({ q: t, index, role, markerStart, marker, frequency });
  });
  // A lone rank ("to be the #1 tool") is an aspiration; ranks are values only as a move ("from #8 to #3").
  if (out.filter((v) => v.q.rank).length < 2) out.splice(0, out.length, ...out.filter((v) => !v.q.rank));
  const qualifiers = qualifierIndexes(tokens, out);
  const kept = out.filter((v) => !qualifiers.shares.has(v.index) && !qualifiers.bounds.has(v.index));
  out.splice(0, out.length, ...kept);
  const values = out.filter((v) => v.role !== 'timeframe');
  const within = out.some((v) => v.role === 'timeframe' && previousWord(tokens, v.index) === 'within');
  const first = values[0];
  // "99% of requests … under 300 ms", "75% of reps hit over 100% of quota": the share is the
  // level; the numbers after it only say which requests or reps count.
  const shareFirst = first !== undefined && first.q.unit === '%' && isShareOf(tokens, first.index);
  // "100% of key accounts have a QBR this quarter": a statement that opens with a share of
  // things says how many of them are as they should be, a service level.
  const opens = shareFirst && tokens.slice(0, first.markerStart).every((t) => t.kind !== 'word');
  // "Phone: 35% of contacts (Target: <40%)" is a reading against a target, not a service level.
  const targeted = values.some((v) => inTargetParentheses(tokens, v.index));
  // "Deliver 98% of orders on time": a share done to a time standard, like "within 2 days".
  const onTime =
    shareFirst &&
    tokens.slice(first.index + 1).some((t, k, rest) => {
      const next = rest[k + 1];
      return (
        (t.kind === 'word' && t.lower === 'on-time') ||
        (keyOf(t) === 'on' && next?.kind === 'word' && next.lower === 'time')
      );
    });
  const share =
    shareFirst && !targeted && (opens || within || onTime || values.length > 1 || out.length > values.length);
  // "Respond within 24 hours" is a bound; "Grow sales 20% within 6 months" is a deadline.
  const resolved = out.map((v) =>
    v.role === 'timeframe' && values.length === 0 && previousWord(tokens, v.index) === 'within'
      ? { ...v, role: 'upper' as const }
      : v,
  );
  return { values: resolved, changeSigns, serviceLevel: share || qualifiers.shareLevel };
}

/**
 * Numbers that only say which things count, not how many or how much:
 * - before a share "for N% of …" that moves from a share: "score 85+ for 90% of accounts
 *   (currently 60%)";
 * - a bound right after a counted noun: "Close 25 enterprise deals >$500K each";
 * - a bound right before a plural noun after "for"/"with"/"on": "sales-assist for <$10K deals".
 */
function qualifierIndexes(
  tokens: readonly Token[],
  values: readonly RoledQuantity[],
): { shares: Set<number>; bounds: Set<number>; shareLevel: boolean } {
  const shares = new Set<number>();
  const bounds = new Set<number>();
  const share = values.find(
    (v) => v.q.unit === '%' && keyOf(tokens[v.index - 1]) === 'for' && keyOf(tokens[v.index + 1]) === 'of',
  );
  // Only when the value now or before is a share too: "… (currently 60%)". Otherwise the share
  // says which things count ("ER wait time under 4 hours for 95% of patients").
  const sharedBaseline = values.some((v) => (v.role === 'now' || v.role === 'from') && v.q.unit === '%');
  if (share && sharedBaseline)
    for (const v of values)
      if (v.index < share.index && v.role !== 'now' && v.role !== 'from' && v.role !== 'timeframe')
        shares.add(v.index);
  const count = values.find((v) => !shares.has(v.index) && v.role !== 'timeframe');
  // "At least three customers have > 50% of queries …": a statement that opens with a bound on
  // a count is about that count; the bounds after it say which customers count.
  const opensWithBound =
    count !== undefined &&
    (count.role === 'lower' || count.role === 'upper') &&
    count.q.unit === null &&
    tokens.slice(0, count.markerStart).every((t) => t.kind !== 'word');
  if (opensWithBound)
    for (const v of values)
      if (v !== count && (v.role === 'upper' || v.role === 'lower') && v.q.unit !== null) bounds.add(v.index);
  for (const v of values) {
    if (v.role !== 'upper' && v.role !== 'lower') continue;
    const countedBefore =
      count !== undefined &&
      count !== v &&
      count.role === 'bare' &&
      count.q.unit === null &&
      tokens
        .slice(count.index + 1, v.markerStart)
        .every((t) => t.kind === 'word' && !PHRASES.has(t.lower) && !VERB_BETWEEN.test(t.lower));
    const before = keyOf(tokens[v.markerStart - 1]);
    const after = tokens[v.index + 1];
    const nounAfter =
      after?.kind === 'word' &&
      /s$/.test(after.lower) &&
      !PHRASES.has(after.lower) &&
      !POSTFIX.has(after.lower);
    // "Grow power users (5+ sessions/week) from 3,000 to 5,000": a bound in parentheses says
    // which things count when the statement's own numbers stand outside them.
    const qualifiesInParens =
      inParentheses(tokens, v.index) &&
      !inTargetParentheses(tokens, v.index) &&
      values.some((o) => o !== v && o.role !== 'timeframe' && !inParentheses(tokens, o.index));
    if (
      countedBefore ||
      qualifiesInParens ||
      // "for 20+ engineers" is the count itself; only a bound with a unit qualifies.
      (nounAfter && v.q.unit !== null && before !== undefined && /^(?:for|with|on|among)$/.test(before))
    )
      bounds.add(v.index);
  }
  return { shares, bounds, shareLevel: share !== undefined && shares.size > 0 };
}

/** "Phone: 35% of contacts (Target: <40%)": a parenthesis that opens with a target word gives the target. */
function inTargetParentheses(tokens: readonly Token[], index: number): boolean {
  let depth = 0;
  for (let k = index - 1; k >= 0; k--) {
    const kind = tokens[k]?.kind;
    if (kind === 'close') depth++;
    else if (kind === 'open') {
      if (depth === 0) return /^(?:target|targets|goal|goals)$/.test(keyOf(tokens[k + 1]) ?? '');
      depth--;
    }
  }
  return false;
}

/** "3 different customers have together run at least 10 campaigns": a verb between makes the bound the level. */
const VERB_BETWEEN =
  /^(?:have|has|had|run|ran|did|do|does|made|make|makes|completed?|published|shipped|closed|won|reached)$/;

/** Whether token `index` stands inside an opened and not yet closed parenthesis. */
function inParentheses(tokens: readonly Token[], index: number): boolean {
  let depth = 0;
  for (let k = 0; k < index; k++) {
    const kind = tokens[k]?.kind;
    if (kind === 'open') depth++;
    else if (kind === 'close' && depth > 0) depth--;
  }
  return depth > 0;
}

/** "95% of requests", and the same without "of": "95% requests", "90% tickets". */
function isShareOf(tokens: readonly Token[], index: number): boolean {
  const next = keyOf(tokens[index + 1]);
  if (next === 'of') return true;
  return (
    next !== undefined &&
    /^(?:requests|calls|queries|tickets|orders|transactions|users|customers|reps|jobs|builds|deploys|deployments|pages|responses|messages|chats|emails|cases|incidents|alerts)$/.test(
      next,
    )
  );
}

function isAndBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from + 1, to).map(keyOf);
  return between.length === 1 && ['and', 'to', '&', '→'].includes(between[0] ?? '');
}

function previousWord(tokens: readonly Token[], index: number): string | undefined {
  let p = index - 1;
  while (p >= 0 && keyOf(tokens[p]) !== undefined && PHRASES.get(keyOf(tokens[p]) ?? '') === 'filler') p--;
  return keyOf(tokens[p]);
}

/** Words between a timeframe preposition and its span: "in the first 30 days", "over a rolling 12 months". */
const SPAN_WORDS = new Set(['first', 'last', 'next', 'past', 'rolling', 'trailing', 'coming', 'following']);

function isTimeframe(tokens: readonly Token[], index: number): boolean {
  let p = index - 1;
  while (
    p >= 0 &&
    (SPAN_WORDS.has(keyOf(tokens[p]) ?? '') || PHRASES.get(keyOf(tokens[p]) ?? '') === 'filler')
  )
    p--;
  const word = keyOf(tokens[p]);
  if (word !== undefined && TIMEFRAME_WORDS.has(word)) return true;
  // "a rolling 12 months", "a period of 1 week", "a window of 28 days".
  if (p < index - 1 && SPAN_WORDS.has(keyOf(tokens[index - 1]) ?? '')) return true;
  return word === 'of' && /^(?:period|window|span)$/.test(keyOf(tokens[p - 1]) ?? '');
}

/** "5 times a week": how often something is done, a sign of an activity. */
function isFrequency(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next?.kind === 'word' && (next.lower === 'times' || next.lower === 'time');
}
