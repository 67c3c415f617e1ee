import { kpi } from './classify-kpi.js';
import { keyResult, settled } from './classify-kr.js';
import type { LabelHint } from './label.js';
import {
  definesMetric,
  endsAvailable,
  endsRecurring,
  isActivityNoun,
  isAspirational,
  isBinaryOutcome,
  isCapability,
  isChangeVerb,
  isComparative,
  isDeliveredAfterSubject,
  isDoneState,
  isGoalVerb,
  isQualitative,
  looksLikeMetricName,
  movesPeople,
  namesAimObject,
  namesMetric,
  namesQuality,
  namesWork,
  saysThingExists,
  stateGoalAt,
  VERB_FACTORS,
  verbClass,
} from './lexicon.js';
import type { Value } from './normalise.js';
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
const TARGET_WORDS =
  /^(?:target|goal|targets|target :|goal :|target of|goal of|target is|goal is|targeted|target =|goal =)$/;

/*
 * The kind is the labelling guide's questions, asked in the guide's order
 * (docs/statements.md, "Kind: ask these questions in order"):
 *   1. no number at all              → noNumberKind     (milestone, task, objective, KPI name)
 *   2. work, with numbers            → workWithNumbers  (task)
 *   3. a level to hold               → levelToHold      (KPI)
 *   4. an outcome that moves a number → outcomeThatMoves (key result)
 *   5. an objective label on numbers changes nothing: no question reads `hint === 'objective'`
 *      once there are numbers (the coach says `objective-is-metric`).
 * Each question answers, or passes (null) to the next. The words each question knows are
 * the lexicon's named lists (`lexicon.ts`); the fields of a KPI and a key result are read in
 * `classify-kpi.ts` and `classify-kr.ts`.
 *
 * What the questions read is prepared elsewhere, one home each:
 *   - the list label (Q2's task label, Q4's KR label, Q5's objective label): `label.ts`;
 *   - the verb and its class (activity, deliver, acquire/reach = goal, up/down/improve =
 *     change, maintain, aspire), phrasal verbs ("make sure", "hold … at"): `verb.ts`;
 *   - each number's role (bound, range, from, to, now, by) and whether a share done within a
 *     time is a service level (Q3/Q4's bullet): `roles.ts`;
 *   - a version, a standard's name or a date is no number (Q1): `quantities.ts`, `dates.ts`.
 */
export function classify(f: Facts): Classified {
  const c = kindOf(f);
  // Guide Q2 "an Initiative/Task/Action label → task": the writer says it is work
  // ("Initiative: Compile bug report"). A thing delivered once stays a milestone
  // ("Initiative: Launch mobile version of product").
  if (f.hint === 'task' && c.kind !== 'task' && c.kind !== 'milestone')
    return { kind: 'task', reason: 'labelled-task', ...EMPTY };
  return c;
}

function kindOf(facts: Facts): Classified {
  // "Double the MRR": the verb is the number (+100%).
  if (facts.values.length === 0 && factorOf(facts.verb) === undefined) return noNumberKind(facts);
  // Guide Q1, "a state as the goal": in "Bring tickets reopened within 7 days back to
  // healthy" the digits belong to the metric's name; the goal has no number.
  const state = stateGoalAt(facts.text);
  if (state >= 0 && facts.values.every((v) => v.q.end <= state))
    return { kind: 'objective', reason: 'direction-only', ...EMPTY };
  // Guide Q2's exception: work done to change a number is a key result of that change, so
  // the change verb after the work ("Update ad design to increase clicks by 30%") is read.
  const f = withPurpose(facts);
  return workWithNumbers(f) ?? levelToHold(f) ?? outcomeThatMoves(f);
}

function factorOf(verb: Verb | null): number | undefined {
  if (!verb) return undefined;
  return VERB_FACTORS.get(verb.word.replace(/(?:s|d|ing)$/, '')) ?? VERB_FACTORS.get(verb.word);
}

const has = (f: Facts, role: Value['role']) => f.values.some((v) => v.role === role);
const task = (reason: KindReason): Classified => ({ kind: 'task', reason, ...EMPTY });

/**
 * Guide Q3/Q4 bullet "a share done within a time or a limit is a service level (KPI),
 * whatever the verb, unless it moves": "Schedule 95% of calls within 5 days" is held, not
 * work, so this comes before question 2 reads "schedule" as an activity.
 */
function holdsServiceLevel(f: Facts): boolean {
  return f.serviceLevel && !isChangeVerb(f.verb?.cls) && !has(f, 'from') && !has(f, 'by') && !has(f, 'now');
}

/** Question 2: an activity verb with a count, a count of work things, a frequency → task. */
function workWithNumbers(f: Facts): Classified | null {
  // A service level is never work, held ("Answer 90% of tickets within 4 hours": question 3)
  // or moving ("…, up from 60%": question 4).
  if (f.serviceLevel) return null;
  const cls = f.verb?.cls;
  // "Conduct 20 customer interviews", "Fix 50 bugs".
  if (cls === 'activity') return task('activity');
  // "Post 5 times a week"; "Keep 5 sessions a week" is a level to hold, "Increase …" a change.
  if (f.values.some((v) => v.frequency) && !isChangeVerb(cls) && cls !== 'maintain') return task('frequency');
  // "Complete 15 infographics", "Deliver 3 webinars": a goal verb with a count of work things.
  // A share of them is an outcome ("Automate 30% of regression tests": grey zone, settled).
  if (isGoalVerb(cls) && isActivityNoun(f.metric) && f.values.every((v) => v.q.unit !== '%'))
    return task('activity-noun');
  // Guide Q2's "Publish 12 blog posts": publishing a count of anything is work done ("Publish
  // 20 research notes"), though publishing one thing is a delivery (a milestone, question 1).
  if (cls === 'deliver' && /^publish/.test(f.verb?.word ?? '')) return task('activity');
  // "2 webinars.": a count of work things with no verb.
  if (cls === undefined && f.values.every((v) => v.role === 'bare') && isActivityNoun(f.metric))
    return task('activity-noun');
  return null;
}

/** Question 3: a maintain verb, a bound or range, a reading against a target, a bare level → KPI. */
function levelToHold(f: Facts): Classified | null {
  const cls = f.verb?.cls;
  if (holdsServiceLevel(f)) return kpi({ ...f, values: f.values.slice(0, 1) }, 'service-level');
  // "Keep churn below 3%", "Maintain 99% uptime"; a KR label does not change it.
  if (cls === 'maintain') return kpi(f, 'maintain-verb');
  // "Magic numbers should hit 0.7 or higher": a standard said of a subject, not a goal.
  if (f.verb?.modal && cls === 'reach' && (has(f, 'upper') || has(f, 'lower'))) return kpi(f, 'bound');
  // A change or goal verb, or numbers that move ("by", from→to, an arrow): question 4.
  if (cls !== undefined || has(f, 'by') || fromTo(f) || towards(f)) return null;
  // "NPS ≥ 45", "CAC < $300", "SaaS target: 70–85%".
  if (has(f, 'upper') || has(f, 'lower') || has(f, 'low') || has(f, 'high')) return kpi(f, 'bound');
  if (nowBesideLevel(f)) return null;
  // Guide Q4: "a count of new things" ("Target: 500 new leads") is a target to reach.
  if (newThings(f)) return null;
  // "Response time = 52 min (target 30 min)", "Uptime: 99.8% (currently)".
  if (targetWord(f) || has(f, 'now')) return kpi(f, 'reading');
  // Guide Q4: "a bare level under a KR label", "a count of new things".
  if (f.hint === 'key_result' || newThings(f)) return null;
  // "Employee Retention Rate = 95%", "Uptime: 99.8%".
  return kpi(f, 'level');
}

/** Question 4: a change or goal verb, from→to, an arrow, "(currently X)" beside a level → key result. */
function outcomeThatMoves(f: Facts): Classified {
  const cls = f.verb?.cls;
  const kr = (reason: KindReason) => settled(f, keyResult(f, reason, factorOf(f.verb)));
  // Guide Q4: "a milestone KR with numbers for its scope only stays a milestone".
  if (cls === 'deliver' && numbersDescribeTheThing(f))
    return { kind: 'milestone', reason: 'deliver', ...EMPTY };
  if (cls !== undefined)
    return kr(isChangeVerb(cls) ? 'change-verb' : cls === 'activity' ? 'from-to' : 'target-only');
  if (has(f, 'by')) return kr('change-verb');
  if (fromTo(f) || towards(f) || nowBesideLevel(f)) return kr('from-to');
  if (f.hint === 'key_result') return kr('labelled-kr');
  return kr('target-only');
}

/** A number named a target ("(target 30 min)", "goal: 50"): a reading's bound, not a move. */
function targetWord(f: Facts): boolean {
  return f.values.some((v) => v.role === 'to' && TARGET_WORDS.test(v.marker));
}

/** "from 8% to 5%", "NPS 40 (was 30)": a start and a level. */
function fromTo(f: Facts): boolean {
  return has(f, 'from') && (has(f, 'to') || has(f, 'level') || has(f, 'bare') || has(f, 'now'));
}

/** "to 5%", "42 → 50": a number to go to (a target in brackets is a reading's, not a move). */
function towards(f: Facts): boolean {
  return (has(f, 'to') && !targetWord(f)) || f.values.some((v) => v.marker === '→');
}

/**
 * "200k views per month (current is 125k)", "NPS of 50 (currently 40)": the level named
 * first is where it should go, the value now where it starts.
 */
function nowBesideLevel(f: Facts): boolean {
  const goal = f.values[0];
  return !targetWord(f) && (goal?.role === 'bare' || goal?.role === 'level') && has(f, 'now');
}

/** "Three new features", "Target: 500 new leads": new things to get, a target to reach. */
function newThings(f: Facts): boolean {
  const only = f.values.length === 1 ? f.values[0] : undefined;
  return (
    (only?.role === 'bare' || (only?.role === 'to' && TARGET_WORDS.test(only.marker))) &&
    only.q.unit === null &&
    /^\s+new\b/i.test(f.text.slice(only.q.end))
  );
}

/**
 * "Deliver advanced RBAC (10 custom roles, 50 granular permissions)", "Implement a procedure
 * to contact accounts before they reach the 60+ day bucket": one thing delivered (its numbers
 * all in brackets, or "a"/"an" thing), and no number that moves or is held.
 */
function numbersDescribeTheThing(f: Facts): boolean {
  if (f.values.some((v) => v.role !== 'bare' && v.role !== 'level' && v.role !== 'lower')) return false;
  const after = afterVerb(f);
  const oneThing = /^\s+an?\s+(?!\d)/i.test(after);
  return oneThing || f.values.every((v) => isInBrackets(f.text, v.q.start));
}

function isInBrackets(text: string, at: number): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
}

const PURPOSE = /\b(?:to|and)\s+([a-z]+)\b/gi;

/** "Update ad design to increase clicks by 30%": the change verb after the work, before its numbers. */
function withPurpose(f: Facts): Facts {
  if (f.verb?.cls !== 'activity' || !f.values.some((v) => v.role === 'by' || v.role === 'from')) return f;
  const firstNumber = f.values[0]?.q.start ?? f.text.length;
  for (const m of f.text.matchAll(PURPOSE)) {
    if ((m.index ?? 0) > firstNumber) break;
    const word = (m[1] ?? '').toLowerCase();
    const cls = verbClass(word);
    if (isChangeVerb(cls) && cls !== undefined)
      return { ...f, verb: { word, cls, index: f.verb.index, particle: null } };
  }
  return f;
}

/**
 * Question 1: no number at all. The guide's four answers are tried from the most specific
 * words to the least; each rule names the bullet it serves.
 */
function noNumberKind(f: Facts): Classified {
  const cls = f.verb?.cls;
  const word = f.verb?.word ?? '';
  const none = (kind: StatementKind, reason: KindReason): Classified => ({ kind, reason, ...EMPTY });
  // KPI: a maintain verb with a metric ("Keep churn low") is a level to hold without a
  // number; "Ensure mobile apps are in sync with the web app" is a state to keep (objective).
  if (cls === 'maintain') return maintainWithoutNumber(f);
  // Objective: "Objective: Veterans are updated and informed of statuses": the writer says it is an aim.
  if (f.hint === 'objective') return none('objective', 'aspiration');
  // KPI: a metric's name and its definition ("Time-to-fill is the number of days between …"),
  // whatever the definition says is approved or done.
  if (cls === undefined && definesMetric(f.text)) return none('kpi', 'metric-name');
  // Milestone: a certification, approval or signed contract.
  if (isBinaryOutcome(f.text) && cls !== 'activity') return none('milestone', 'binary-outcome');
  // Milestone: "a thing said to be done" ("The DHT is enabled by default").
  if (cls === undefined && isDoneState(f.text)) return none('milestone', 'deliver');
  // Objective: an aim ("Get people excited about…", "Get new users to their first real win").
  if (movesPeople(word, f.text)) return none('objective', 'aspiration');
  // KPI: a bare metric name ("Bed Occupancy Rate (BOR)", "Transit time: time taken to …").
  if (cls === undefined && namesMetric(f.text)) return none('kpi', 'metric-name');
  // Objective: an aim ("Become the go-to podcast…", "Launch a seamless onboarding experience").
  if (isAspirational(f.text) || cls === 'aspire') return none('objective', 'aspiration');
  // Milestone: a thing, then the word that says it was delivered ("Training developed and
  // delivered to all Support").
  if ((cls === undefined || /ing$/.test(word)) && isDeliveredAfterSubject(f.text))
    return none('milestone', 'deliver');
  // Milestone: "a thing said to be available" ("Helm charts generally available", "Members
  // can make a profile": a thing people can now do).
  if (cls === undefined && (endsAvailable(f.text) || isCapability(f.text)))
    return none('milestone', 'deliver');
  // Milestone: a thing that is there ("libp2p has a network visualization tool").
  if (cls === undefined && saysThingExists(f.text) && !isQualitative(f.text))
    return none('milestone', 'deliver');
  // Objective: a target verb whose object is a quality, not a thing ("Win the mid-market",
  // "Earn customer trust"): an aim with no number. Recognition earned is an award, a milestone
  // like a certification ("Earn Magnet hospital recognition").
  if (cls === 'acquire' && isQualitative(afterVerb(f)) && !/\brecognition\b/i.test(f.text))
    return none('objective', 'direction-only');
  // Objective: an activity verb whose object is a quality ("Write better code": grey zone, settled).
  if (cls === 'activity' && namesQuality(afterVerb(f))) return none('objective', 'aspiration');
  // Objective: making something qualitative ("Build customer trust", "Build a world class team").
  if (
    (cls === 'activity' || /^provid/.test(word)) &&
    /^(?:build|creat|make|mak|develop|design|grow|provid)/.test(word) &&
    (isQualitative(f.text) || namesAimObject(f.text))
  )
    return none('objective', 'aspiration');
  // Task: work to do (an activity verb).
  if (cls === 'activity') return none('task', 'activity');
  // Task: a habit ("Fine tune OKR for one hour weekly").
  if (cls === undefined && endsRecurring(f.text) && !looksLikeMetricName(f.metric ?? ''))
    return none('task', 'activity');
  // Objective: "a target verb without a number" ("Achieve record revenue", "Get more customers").
  if (cls === 'reach' || ((cls === 'acquire' || cls === 'deliver') && isComparative(f.text)))
    return none('objective', 'direction-only');
  // Task: "finishing a piece of *work*" ("Complete job task analysis", "Complete dogfooding Geo").
  if (
    cls === 'deliver' &&
    /^(?:complet|finish|provid)/.test(word) &&
    (namesWork(f.text) || /\b(?:complet|finish)[a-z]*\s+[a-z]+ing\b/i.test(f.text))
  )
    return none('task', 'activity');
  // Objective: "a target verb without a number" ("Win new enterprise clients", "Generate
  // leads"): things to get, but not how many. One thing got is a milestone ("Hire a Head of People").
  if (cls === 'acquire' && namesThingsToGet(f)) return none('objective', 'direction-only');
  // Milestone: one thing delivered, shipped, launched, hired or migrated.
  if (cls === 'deliver' || cls === 'acquire') return none('milestone', 'deliver');
  // Objective: "a direction without a number" ("Improve onboarding").
  if (isChangeVerb(cls)) return none('objective', 'direction-only');
  // KPI: a bare metric name ("Churn rate", "Lead conversion rate"); a sentence that says
  // what a metric is or should be ("The bandwidth usage is … kept under control") is a state.
  if (f.metric && looksLikeMetricName(f.metric) && !isQualitative(f.metric) && !COPULA.test(f.text))
    return none('kpi', 'metric-name');
  return none('objective', 'qualitative');
}

/** The words after the statement's verb. */
function afterVerb(f: Facts): string {
  const word = f.verb?.word ?? '';
  return f.text.slice(f.text.toLowerCase().indexOf(word) + word.length);
}

/** The verb's object is things in the plural, with no "a"/"the"/"one" before it: "new clients". */
function namesThingsToGet(f: Facts): boolean {
  const after = afterVerb(f);
  if (/^\s+(?:a|an|the|one|our|this|that|its|their|my)\b/i.test(after)) return false;
  const head = (f.metric ?? '').split(/\s+/).at(-1) ?? '';
  return /[a-z]{2}[^su]s$/i.test(head);
}

const COPULA = /\b(?:is|are|was|were|been|being)\b/i;

function maintainWithoutNumber(f: Facts): Classified {
  const low = /\b(?:low|lower|down|minimal|minimum|small|short|under control)\b/i.test(f.text);
  const high = /\b(?:high|higher|up|strong|maximum)\b/i.test(f.text);
  const direction = low && !high ? 'at_most' : high && !low ? 'at_least' : null;
  if (direction === null && !(f.metric && looksLikeMetricName(f.metric)))
    return { kind: 'objective', reason: 'qualitative', ...EMPTY };
  return {
    kind: 'kpi',
    reason: 'maintain-verb',
    ...EMPTY,
    direction,
    directionReason: direction ? 'words' : null,
  };
}
