import { first, kpi } from './classify-kpi.js';
import type { LabelHint } from './label.js';
import {
  isActivityNoun,
  isAspirational,
  isBinaryOutcome,
  isQualitative,
  looksLikeMetricName,
  namesMetric,
  polarityOf,
  VERB_FACTORS,
  verbClass,
} from './lexicon.js';
import type { Value } from './normalise.js';
import { tidy } from './numbers.js';
import type { Direction, StatementChange, StatementKind } from './statement.types.js';
import type { Verb } from './verb.js';

/** Why a statement got its kind; `explain.ts` turns these into a sentence. */
export type KindReason =
  | 'change-verb'
  | 'from-to'
  | 'target-only'
  | 'maintain-verb'
  | 'bound'
  | 'reading'
  | 'level'
  | 'service-level'
  | 'labelled-kr'
  | 'labelled-task'
  | 'activity'
  | 'frequency'
  | 'activity-noun'
  | 'deliver'
  | 'binary-outcome'
  | 'aspiration'
  | 'direction-only'
  | 'metric-name'
  | 'qualitative';

export type DirectionReason =
  | 'numbers'
  | 'verb'
  | 'change'
  | 'comparator'
  | 'polarity'
  | 'reading'
  | 'assumed'
  | 'words';

export interface Facts {
  readonly text: string;
  readonly verb: Verb | null;
  readonly values: readonly Value[];
  readonly unit: string | null;
  readonly metric: string | null;
  readonly hint: LabelHint | null;
  readonly changeSigns: ReadonlyMap<number, 1 | -1>;
  readonly serviceLevel: boolean;
}

export interface Classified {
  readonly kind: StatementKind;
  readonly reason: KindReason;
  readonly direction: Direction | null;
  readonly directionReason: DirectionReason | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly current: number | null;
  readonly change: StatementChange | null;
  readonly unit: string | null;
}

const EMPTY = {
  direction: null,
  directionReason: null,
  baseline: null,
  target: null,
  low: null,
  high: null,
  current: null,
  change: null,
  unit: null,
} as const;
const QUALITATIVE_GOAL =
  /\b(?:back\s+)?(?:to|into|under|within)\s+(?:a\s+)?(?:healthy|normal|green|control|(?:the\s+)?(?:healthy|target|normal)\s+range)\b|\bback\s+on\s+track\b/i;
const RECURRING_END =
  /\b(?:weekly|daily|fortnightly|every\s+(?:day|week|month)|each\s+(?:day|week|month))[\s.!]*$/i;
const COMPARATIVE = /\b(?:more|better|higher|greater|faster|fewer|less|lower|bigger|record)\b/i;
const TARGET_WORDS =
  /^(?:target|goal|targets|target :|goal :|target of|goal of|target is|goal is|targeted|target =|goal =)$/;

/**
 * Decides what a statement is. With numbers: an activity verb makes a task; a maintain
 * verb, a bound or a bare level makes a KPI; a change (verb, from→to, by) a key result.
 * Without numbers: certification-like outcomes and delivered things are milestones,
 * aspirations and bare directions are objectives, activities are tasks.
 */
export function classify(f: Facts): Classified {
  const c = classifyStatement(f);
  // "Initiative: Compile bug report", "Task: Offer 5 new courses": the writer says it is work.
  // A thing delivered once stays a milestone ("Initiative: Launch mobile version of product").
  if (f.hint === 'task' && c.kind !== 'task' && c.kind !== 'milestone')
    return { kind: 'task', reason: 'labelled-task', ...EMPTY };
  return c;
}

function classifyStatement(f: Facts): Classified {
  const cls = f.verb?.cls;
  const factor = f.verb
    ? (VERB_FACTORS.get(f.verb.word.replace(/(?:s|d|ing)$/, '')) ?? VERB_FACTORS.get(f.verb.word))
    : undefined;
  if (f.values.length === 0 && factor === undefined) return withoutNumbers(f);
  // "Bring tickets reopened within 7 days back to healthy": the goal is a state, not a
  // number; numbers before it belong to the metric's name.
  const state = QUALITATIVE_GOAL.exec(f.text);
  if (state && f.values.every((v) => v.q.end <= state.index))
    return { kind: 'objective', reason: 'direction-only', ...EMPTY };
  const has = (role: Value['role']) => f.values.some((v) => v.role === role);
  const moving = cls === 'up' || cls === 'down' || cls === 'improve';
  // A share done within a time or a limit is a service level to hold, whatever the verb
  // ("Schedule 95% of calls within 5 days"), unless it moves ("…, up from 40%", "(currently 8%)").
  if (f.serviceLevel && !moving && !has('from') && !has('by') && !has('now'))
    return kpi({ ...f, values: f.values.slice(0, 1) }, 'service-level');
  // "Update ad design to increase clicks on ads by 30%": the work's purpose is the change to measure.
  const purpose = cls === 'activity' ? purposeVerb(f) : null;
  if (purpose) return classifyStatement({ ...f, verb: purpose });
  if (cls === 'activity') return { kind: 'task', reason: 'activity', ...EMPTY };
  const changing = moving || cls === 'maintain';
  if (f.values.some((v) => v.frequency) && !changing) return { kind: 'task', reason: 'frequency', ...EMPTY };
  if ((cls === 'deliver' || cls === 'acquire' || cls === 'reach') && isActivityNoun(f.metric))
    return { kind: 'task', reason: 'activity-noun', ...EMPTY };
  // "Publish 5 practical tutorials": whatever is published, a count of it is work done.
  if (cls === 'deliver' && /^publish/.test(f.verb?.word ?? '') && !moving)
    return { kind: 'task', reason: 'activity', ...EMPTY };
  if (cls === 'maintain') return kpi(f, 'maintain-verb');
  // "Magic numbers should hit 0.7 or higher": a subject's standard with a bound, not a goal.
  if (f.verb?.modal && cls === 'reach' && (has('upper') || has('lower'))) return kpi(f, 'bound');
  if (cls !== undefined)
    return settled(
      f,
      keyResult(
        f,
        cls === 'up' || cls === 'down' || cls === 'improve' ? 'change-verb' : 'target-only',
        factor,
      ),
    );
  const toIsTarget = f.values.some((v) => v.role === 'to' && TARGET_WORDS.test(v.marker));
  if (has('by')) return settled(f, keyResult(f, 'change-verb', undefined));
  if (has('from') && (has('to') || has('level') || has('bare') || has('now')))
    return settled(f, keyResult(f, 'from-to', undefined));
  if ((has('to') && !toIsTarget) || f.values.some((v) => v.marker === '→'))
    return settled(f, keyResult(f, 'from-to', undefined));
  if (has('upper') || has('lower') || has('low') || has('high')) return kpi(f, 'bound');
  // "200k views per month (current is 125k)", "NPS of 50 (currently 40)": the level named
  // first is where it should go, the value now where it starts.
  const goal = f.values[0];
  if (
    !toIsTarget &&
    (goal?.role === 'bare' || goal?.role === 'level') &&
    f.values.some((v) => v.role === 'now')
  )
    return settled(f, keyResult(f, 'from-to', undefined));
  if (toIsTarget || has('now')) return kpi(f, 'reading');
  // "2 webinars.": a count of work, whatever the label.
  if (cls === undefined && f.values.every((v) => v.role === 'bare') && isActivityNoun(f.metric))
    return { kind: 'task', reason: 'activity-noun', ...EMPTY };
  if (f.hint === 'key_result') return settled(f, keyResult(f, 'labelled-kr', undefined));
  // "Three new features", "50 new qualified leads": new things to get, a target to reach.
  const only = f.values.length === 1 ? f.values[0] : undefined;
  if (only?.role === 'bare' && only.q.unit === null && /^\s+new\b/i.test(f.text.slice(only.q.end)))
    return settled(f, keyResult(f, 'target-only', undefined));
  return kpi(f, 'level');
}

const PURPOSE = /\b(?:to|and)\s+([a-z]+)\b/gi;

/** "… to increase clicks by 30%": a change verb after the work, before its numbers. */
function purposeVerb(f: Facts): Verb | null {
  if (!f.values.some((v) => v.role === 'by' || v.role === 'from')) return null;
  const firstNumber = f.values[0]?.q.start ?? f.text.length;
  for (const m of f.text.matchAll(PURPOSE)) {
    if ((m.index ?? 0) > firstNumber) break;
    const word = (m[1] ?? '').toLowerCase();
    const cls = verbClass(word);
    if (cls === 'up' || cls === 'down' || cls === 'improve')
      return { word, cls, index: f.verb?.index ?? 0, particle: null };
  }
  return null;
}

/**
 * A key result moves its metric: "from 5% to 5%" moves nothing and is a level to hold
 * (domain.md: a KR's baseline and target are never equal). A target range is low to high.
 */
function settled(f: Facts, c: Classified): Classified {
  if (c.baseline !== null && c.baseline === c.target) return kpi(f, 'level');
  if (c.low !== null && c.high !== null && c.low > c.high) return { ...c, low: c.high, high: c.low };
  return c;
}

function withoutNumbers(f: Facts): Classified {
  const cls = f.verb?.cls;
  const none = (kind: StatementKind, reason: KindReason): Classified => ({ kind, reason, ...EMPTY });
  if (cls === 'maintain') {
    const low = /\b(?:low|lower|down|minimal|minimum|small|short|under control)\b/i.test(f.text);
    const high = /\b(?:high|higher|up|strong|maximum)\b/i.test(f.text);
    const direction = low && !high ? 'at_most' : high && !low ? 'at_least' : null;
    // "Ensure mobile apps are in sync with the web app": a state to keep, no metric to hold.
    if (direction === null && !(f.metric && looksLikeMetricName(f.metric)))
      return none('objective', 'qualitative');
    return { ...none('kpi', 'maintain-verb'), direction, directionReason: direction ? 'words' : null };
  }
  // "Objective: Veterans are updated and informed of statuses": the writer says it is an aim.
  if (f.hint === 'objective') return none('objective', 'aspiration');
  if (isBinaryOutcome(f.text) && cls !== 'activity') return none('milestone', 'binary-outcome');
  // "The DHT is enabled by default", "js.ipfs.io is finished and published": a thing done.
  if (cls === undefined && isDoneState(f.text)) return none('milestone', 'deliver');
  // "Get people excited about…", "Get new users to their first real win": moving people is an aim.
  if (/^(?:get|getting|help|helping)$/.test(f.verb?.word ?? '') && PEOPLE_AFTER_VERB.test(f.text))
    return none('objective', 'aspiration');
  // "Bed Occupancy Rate (BOR)", "Transit time: time taken to …": a KPI list's names.
  if (cls === undefined && namesMetric(f.text)) return none('kpi', 'metric-name');
  if (isAspirational(f.text) || cls === 'aspire') return none('objective', 'aspiration');
  // "Channel Program details released and promoted on the handbook", "Training developed and
  // delivered to all Support": a thing, then the word that says it was delivered.
  if ((cls === undefined || /ing$/.test(f.verb?.word ?? '')) && isDeliveredAfterSubject(f.text))
    return none('milestone', 'deliver');
  // "GitLab Helm charts generally available", "Members can make a profile and publish under
  // it": a thing that is there, or a thing people can now do, is delivered once.
  if (cls === undefined && (DONE_END.test(f.text) || isCapability(f.text)))
    return none('milestone', 'deliver');
  // "Build customer trust", "Create a strong brand": making something qualitative is an aim.
  if (
    (cls === 'activity' || /^provid/.test(f.verb?.word ?? '')) &&
    /^(?:build|creat|make|mak|develop|design|grow|provid)/.test(f.verb?.word ?? '') &&
    (isQualitative(f.text) || AIM_OBJECT.test(f.text))
  ) {
    return none('objective', 'aspiration');
  }
  if (cls === 'activity') return none('task', 'activity');
  // "Fine tune OKR for one hour weekly": a habit is work to do.
  if (cls === undefined && RECURRING_END.test(f.text) && !looksLikeMetricName(f.metric ?? ''))
    return none('task', 'activity');
  // "Achieve record revenue", "Get more customers": a target with no number is an aim.
  if (cls === 'reach' || ((cls === 'acquire' || cls === 'deliver') && COMPARATIVE.test(f.text)))
    return none('objective', 'direction-only');
  // "Complete job task analysis": finishing a piece of work is doing it.
  // "Complete dogfooding Geo on staging": finishing an activity (an -ing word) is doing it too.
  if (
    cls === 'deliver' &&
    /^(?:complet|finish|provid)/.test(f.verb?.word ?? '') &&
    (WORK_NOUN.test(f.text) || /\b(?:complet|finish)[a-z]*\s+[a-z]+ing\b/i.test(f.text))
  )
    return none('task', 'activity');
  if (cls === 'deliver' || cls === 'acquire') return none('milestone', 'deliver');
  if (cls === 'up' || cls === 'down' || cls === 'improve') return none('objective', 'direction-only');
  if (f.metric && looksLikeMetricName(f.metric) && !isQualitative(f.metric))
    return none('kpi', 'metric-name');
  return none('objective', 'qualitative');
}

/** "Build a world class engineering team", "Make users aware of…": a body of people or a state of mind to build is an aim. */
const AIM_OBJECT = /\b(?:organi[sz]ations?|team|aware|[a-z]+[- ]driven)\b/i;

const PEOPLE_AFTER_VERB =
  /\b(?:get|getting|help|helping)\s+(?:(?:new|more|our|all|every|existing|the)\s+)*(?:people|users|customers|developers|engineers|teams?|everyone|employees|members|contributors|visitors|readers|buyers|clients|staff|partners)\b/i;

const WORK_NOUN =
  /\b(?:analys[ie]s|research|review|assessment|audit|study|survey|training|evaluation|investigation|interviews?|reports|reconciliations?)\b/i;
const PARTICIPLE = /\b([a-z]+ed|complete)(?=\s*(?:$|[,.;]|(?:and|&|on|to|in|for|by|via|across|at|with)\b))/gi;

/** A word after the first that says the thing before it was delivered: "… released", "… complete". */
function isDeliveredAfterSubject(text: string): boolean {
  const start = text.search(/\S/);
  for (const m of text.matchAll(PARTICIPLE)) {
    if ((m.index ?? 0) <= start) continue;
    const word = (m[1] ?? '').toLowerCase();
    if (word === 'complete' || verbClass(word) === 'deliver') return true;
  }
  return false;
}

const DONE_END =
  /\b(?:(?:generally\s+)?available|live|in\s+production|shipped|released|launched|deployed|rolled\s+out|done|completed?|GA)[\s.!]*$/i;
const CAN = /\b(?:can|is able to|are able to|will be able to)\s+(?:now\s+)?([a-z]+)/gi;

function isCapability(text: string): boolean {
  for (const m of text.matchAll(CAN)) if (m[1] !== 'be' && verbClass(m[1] ?? '') !== undefined) return true;
  return false;
}

/** Words that say a thing is done, after "is"/"are"/"gets": "is enabled", "are live". */
const DONE_WORDS =
  /^(?:enabled|done|live|available|supported|merged|documented|tracked|measured|monitored|automated|approved|defined|established)$/;
const DONE_STATE =
  /\b(?:is|are|gets|get|got|has been|have been|will be|becomes)\s+(?:(?:now|fully|finally|successfully)\s+)?([a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\b/gi;

function isDoneState(text: string): boolean {
  // "Handoff … deemed a success by all involved parties", "All questions … can be answered by …".
  if (/\b(?:deemed|considered|judged)\s+(?:a\s+)?success\b|\bcan\s+be\s+[a-z]+ed\b/i.test(text)) return true;
  for (const m of text.matchAll(DONE_STATE)) {
    const words = (m[1] ?? '').toLowerCase().split(/\s+(?:and|&)\s+/);
    if (words.some((w) => DONE_WORDS.test(w) || (/(?:ed|en)$/.test(w) && verbClass(w) === 'deliver')))
      return true;
  }
  return false;
}

const GOAL_BEFORE = /\b(?:achiev|reach|hit|attain)[a-z]*\s+(?:an?\s+)?$/i;

function keyResult(f: Facts, reason: KindReason, factor: number | undefined): Classified {
  const cls = f.verb?.cls;
  const from = first(f, 'from');
  const now = first(f, 'now');
  let baselineV = from ?? now;
  // "4.2% → 2.5%", "Churn: 4.2% -> 2.5%", "9.4 days → 3-5 days": the number before the
  // arrow is where it starts.
  const arrow = f.values.find((v) => v.marker === '→' && (v.role === 'to' || v.role === 'low'));
  if (!baselineV && arrow) {
    baselineV = f.values
      .filter((v) => (v.role === 'bare' || v.role === 'level') && v.index < arrow.index)
      .at(-1);
  }
  let targetV = f.values.find(
    (v) =>
      v !== baselineV && (v.role === 'to' || v.role === 'level' || v.role === 'upper' || v.role === 'lower'),
  );
  const bares = f.values.filter((v) => v.role === 'bare');
  if (!targetV) targetV = bares.find((v) => v !== baselineV);
  // "Achieve 5-star reviews from 10 clients": with nothing else, "from N" is the count.
  if (!targetV && baselineV === from && from && (cls === 'reach' || cls === 'acquire')) {
    targetV = from;
    baselineV = undefined;
  }
  const low = first(f, 'low');
  const high = first(f, 'high');
  const range = low && high;
  let byV = first(f, 'by');
  let unit = f.unit;
  // "Increase revenue 20%": a bare percentage after a change verb is the change.
  if (
    !byV &&
    targetV?.role === 'bare' &&
    !baselineV &&
    (cls === 'up' || cls === 'down') &&
    targetV.q.unit === '%' &&
    // "… to achieve a 95% error-free rate": a level to reach, not the change.
    !GOAL_BEFORE.test(f.text.slice(0, targetV.q.start))
  ) {
    byV = targetV;
    targetV = undefined;
    unit = null;
  }
  const baseline = baselineV?.value ?? null;
  let target = range ? null : (targetV?.value ?? null);
  const current = from && now ? now.value : null;
  const explicitSign = byV
    ? byV.q.sign === '-'
      ? -1
      : byV.q.sign === '+'
        ? 1
        : f.changeSigns.get(byV.index)
    : undefined;
  const { direction, directionReason } = changeDirection(
    f,
    baseline,
    target ?? (range ? (low.value + high.value) / 2 : null),
    explicitSign,
    factor,
  );
  let change: StatementChange | null = null;
  if (byV) {
    const amount = byV.q.multiplier ? (byV.value - 1) * 100 : byV.value;
    const relative = byV.q.multiplier || byV.q.unit === '%';
    change = { amount: tidy(direction === 'decrease' ? -Math.abs(amount) : Math.abs(amount)), relative };
    if (unit === null && !relative) unit = byV.q.unit === 'pp' ? '%' : byV.q.unit;
  } else if (factor !== undefined) {
    change = { amount: factor, relative: true };
  }
  let inferredBaseline = baseline;
  if (target === null && !range && baseline !== null && change) {
    target = tidy(change.relative ? baseline * (1 + change.amount / 100) : baseline + change.amount);
  }
  // "Increase revenue by $2.5M to $10M" starts at $7.5M.
  if (baseline === null && target !== null && change && change.amount !== 0 && byV) {
    inferredBaseline = tidy(change.relative ? target / (1 + change.amount / 100) : target - change.amount);
  }
  return {
    kind: 'key_result',
    reason,
    direction,
    directionReason,
    baseline: inferredBaseline,
    target,
    low: range ? low.value : null,
    high: range ? high.value : null,
    current,
    change,
    unit,
  };
}

function changeDirection(
  f: Facts,
  baseline: number | null,
  target: number | null,
  explicitSign: 1 | -1 | undefined,
  factor: number | undefined,
): { direction: Direction | null; directionReason: DirectionReason | null } {
  if (baseline !== null && target !== null && baseline !== target) {
    return { direction: target > baseline ? 'increase' : 'decrease', directionReason: 'numbers' };
  }
  const cls = f.verb?.cls;
  const particle = f.verb?.particle;
  // The verb outranks words after the number: "Cut spend by 18% QoQ" goes down.
  if (explicitSign !== undefined && cls !== 'up' && cls !== 'down') {
    return { direction: explicitSign > 0 ? 'increase' : 'decrease', directionReason: 'change' };
  }
  if (factor !== undefined)
    return { direction: factor > 0 ? 'increase' : 'decrease', directionReason: 'verb' };
  if (cls === 'up' || particle === 'up') return { direction: 'increase', directionReason: 'verb' };
  if (cls === 'down' || particle === 'down') return { direction: 'decrease', directionReason: 'verb' };
  const polarity = polarityOf(f.metric);
  if (polarity)
    return { direction: polarity === 'lower' ? 'decrease' : 'increase', directionReason: 'polarity' };
  return { direction: 'increase', directionReason: 'assumed' };
}
