/**
 * The words the parser knows. Verb classes decide the kind of a statement (the articles'
 * question: maintain or improve? and: is it an outcome or an activity?); the polarity
 * lexicon decides which way a metric should move when the words do not say.
 */

export type VerbClass =
  /** increase, grow, boost: moves a metric up */
  | 'up'
  /** reduce, cut, lower: moves a metric down */
  | 'down'
  /** improve, bring, move: moves a metric, the numbers or the metric say which way */
  | 'improve'
  /** reach, achieve, hit: names a target */
  | 'reach'
  /** win, sign, earn, hire: gets new things (a count, or one thing: a milestone) */
  | 'acquire'
  /** launch, ship, complete: delivers something once */
  | 'deliver'
  /** keep, maintain, stay: holds a level (a KPI) */
  | 'maintain'
  /** hold, post, write, run: does work (a task) */
  | 'activity'
  /** become, establish, dominate: an aspiration (an objective) */
  | 'aspire';

const VERBS: Readonly<Record<VerbClass, string>> = {
  up: 'increase grow raise boost lift expand double triple quadruple accelerate scale maximize maximise enhance uplift strengthen extend widen deepen multiply ramp climb rise',
  down: 'reduce decrease cut lower lessen shrink drop minimize minimise halve slash trim shorten eliminate decline compress curb diminish mitigate eradicate fall',
  improve:
    'improve optimize optimise better move shift bring push drive take change adjust speed tighten refine revamp',
  reach: 'reach achieve hit attain surpass exceed beat realise realize break cross top score',
  acquire:
    'acquire add gain win land sign onboard renew find recruit hire attract earn generate get book close capture convert secure collect obtain receive sell serve enroll enrol register save',
  deliver:
    'launch ship release deploy roll go open introduce complete finish deliver implement migrate upgrade pass finalize finalise adopt publish automate integrate replace retire sunset decommission certify deprecate enable provide transition',
  maintain:
    'keep maintain stay remain sustain preserve protect guarantee retain limit cap contain defend uphold',
  activity:
    'hold post write agree undertake contribute execute propose validate conduct organize organise host attend send call email meet visit schedule prepare research interview survey train coach mentor review audit update refresh fix clean test record film upload tweet blog share contact follow respond answer read learn study practice practise speak present pitch prospect run do make perform create plan draft design develop build document analyse analyze map define identify investigate explore evaluate assess benchmark brainstorm participate work spend dedicate allocate invest set install configure redesign rewrite refactor translate outline produce coordinate facilitate arrange join volunteer distribute print mail dial check monitor track measure report feature amplify celebrate showcase highlight promote consider triage source compile assemble begin start use resolve choose rebuild prioritize prioritise assign',
  aspire:
    'become be establish dominate lead transform delight own pioneer champion inspire empower position elevate revolutionize revolutionise reinvent modernize modernise streamline simplify foster cultivate nurture excel thrive shape unlock redefine enter conquer understand',
};

const VERB_CLASS: ReadonlyMap<string, VerbClass> = new Map(
  (Object.entries(VERBS) as [VerbClass, string][]).flatMap(([cls, words]) =>
    words.split(' ').map((w) => [w, cls] as const),
  ),
);

/** The class of a verb in any common inflection ("increasing", "reduced", "grows"). */
export function verbClass(word: string): VerbClass | undefined {
  const w = word.toLowerCase();
  const direct = VERB_CLASS.get(w);
  if (direct) return direct;
  if (w.length < 4) return undefined;
  for (const candidate of [
    w.replace(/s$/, ''),
    w.replace(/es$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
  ]) {
    const cls = candidate.length >= 3 && candidate !== w ? VERB_CLASS.get(candidate) : undefined;
    if (cls) return cls;
  }
  // "cutting", "dropped", "getting": a doubled final consonant.
  const doubled = /^(.*([bdgmnprt]))\2(?:ing|ed)$/.exec(w);
  return doubled ? VERB_CLASS.get(doubled[1] ?? '') : undefined;
}

/**
 * Verbs that are also the first word of common metric names ("Win rate = 18%", "Lead time
 * under 3 days", "Test coverage at 80%"). They count as verbs only when the statement does
 * not read as a metric name followed by its level.
 */
export const NOUN_LIKE_VERBS = new Set(
  'lead leads win test change return returns training call calls post sign close closed open support service run review design record share report plan check track update survey contact visit visits book hire cap limit top cross break release answer order orders deal deals cash cost spend launch ship delivery sale sales referral hold traffic feature features source'.split(
    ' ',
  ),
);

/** Change factors implied by a verb alone: "double revenue" is +100%. */
export const VERB_FACTORS: ReadonlyMap<string, number> = new Map([
  ['double', 100],
  ['triple', 200],
  ['quadruple', 300],
  ['halve', -50],
]);

/** Words that may open a statement before its verb: "We will reduce…", "To become…". */
export const LEADING_FILLERS = new Set(
  'to we i you they our my will shall should must need needs want wants aim aims strive try help continue let lets let’s please successfully significantly further continuously consistently also then and team teams company'.split(
    ' ',
  ),
);

/**
 * domain.md lists these as lower-is-better; the parser reads "Churn = 8% (target 5%)" as
 * "at most 5" because of it. Checked after HIGHER_IS_BETTER, which catches "cost savings".
 */
const LOWER_IS_BETTER =
  /\b(?:churn|attrition|turnover|costs?|cac|cpa|cpl|cpc|expenses?|spend(?:ing)?|latency|lead time|cycle time|turnaround|delays?|lag|defects?|bugs?|backlog|escalations?|complaints?|returns?|return rate|abandonment|bounce(?: rate)?|downtime|outages?|errors?|error rate|incidents?|burn(?: rate)?|drop-?offs?|drop off|dso|days sales outstanding|mttr|mttd|mean time to|time to|overdue|rework|scrap|scope changes?|absenteeism|sick days|accidents?|injur(?:y|ies)|readmissions?|no-shows?|fraud|chargebacks?|refunds?|debt|waste|emissions?|carbon|co2|unemployment|crime|mortality|waiting list|wait(?:ing)?|queue|vulnerabilit(?:y|ies)|payback|cancellations?|unsubscribes?|spam|flaky|failures?|failed|overtime|lateness|late|delinquenc(?:y|ies)|default rate|loss(?:es)?|shrinkage|variance|deviations?|penalt(?:y|ies)|violations?|dropouts?|stockouts?|out-of-stock|write-offs?|support tickets|ticket volume|rank(?:ing)?|position)\b/;
const HIGHER_IS_BETTER =
  /\b(?:savings?|saved|roi|roas|return on|[a-z]+-free|reduction|prevented|resolved|fixed|closed|avoided|recovered|uptime|on-time|retention|first contact resolution|error budget)\b/;
/** A metric whose last word is a duration is lower-is-better ("first response time"). */
const TIME_HEAD = /\b(?:time|times|duration)$/;
const TIME_EXCEPTIONS = /\b(?:billable|up|full|part|on|screen-?free|saved) time$/;

export type Polarity = 'higher' | 'lower';

/** Which way a metric should move, or undefined when the lexicon does not know it. */
export function polarityOf(metric: string | null): Polarity | undefined {
  if (!metric) return undefined;
  const m = metric.toLowerCase();
  if (HIGHER_IS_BETTER.test(m)) return 'higher';
  if (LOWER_IS_BETTER.test(m)) return 'lower';
  if (TIME_HEAD.test(m) && !TIME_EXCEPTIONS.test(m)) return 'lower';
  return undefined;
}

/** domain.md "vanity-metric": counts that rarely drive a decision. */
const VANITY =
  /\b(?:followers?|fans|likes|impressions|page ?views|pageviews|views|downloads|app installs|installs|email opens|opens|open rate|shares|retweets|reactions|hits|social reach|emails sent)\b/;

export function isVanityMetric(metric: string | null): boolean {
  return metric !== null && VANITY.test(metric.toLowerCase());
}

/** Counted things that are work, not outcomes: "Publish 15 guest posts" is a task. */
const ACTIVITY_NOUNS =
  /\b(?:posts?|meetings?|calls?|rounds?|sessions?|webinars?|workshops?|articles?|videos?|emails?|events?|interviews?|trainings?|campaigns?|tests?|experiments?|presentations?|newsletters?|blogs?|tweets?|pitches?|outreach|messages?|reports?|audits?|courses?|classes|lessons?|pieces?|episodes?|updates?|stand-?ups?|one-on-ones|1:1s|check-ins?|tutorials?|guides?|documents?|docs|talks?|conferences?|confs?|amas|announcements?|case studies|whitepapers?|white papers?|podcasts?|infographics?|e-?books?|decks?|playbooks?)$/;

export function isActivityNoun(metric: string | null): boolean {
  return metric !== null && ACTIVITY_NOUNS.test(metric.toLowerCase());
}

/** Strong aspiration words: they make even "Launch a seamless onboarding experience" an objective. */
const ASPIRATION =
  /\b(?:go-to|world class|stellar|leader|leading|leadership|best|world-class|trusted|recogni[sz]ed|renowned|premier|seamless|delightful|unbeatable|excellence|excellent|exceptional|outstanding|amazing|awesome|great|innovative|most innovative|authority|dominant|iconic|beloved|preferred|favou?rite|reputation|effortless|frictionless|magical|inspiring|thriving|dream|north star|industry-leading|best-in-class|top-rated|number one|first choice|destination)\b/;
/** Weaker signs of a qualitative aim, used when no verb decides. */
const QUALITATIVE =
  /\b(?:brand|visibility|awareness|culture|trust|loyalty|presence|fit|ecosystem|market|space|niche|industry|community|quality|experience|predictability|efficiency|efficient|effective|reliability|happy|happier|stronger|sustainable|delivery|growth mindset|vision|mission|accessible|easy|easier|simple|simpler|faster|better|safer|fairer|greener|inclusive|transparent|trust|recognition|successful|productive|confident|proud|hearts|mindshare)\b/;

export function isAspirational(text: string): boolean {
  return ASPIRATION.test(text.toLowerCase());
}

export function isQualitative(text: string): boolean {
  return QUALITATIVE.test(text.toLowerCase());
}

/** A binary outcome by nature, whatever the verb: "Earn B Corp Certification". */
const CERTIFICATION =
  /\b(?:certifi(?:cation|ed)|certificate|compliance|compliant|accredit(?:ation|ed)|approval|approved|licen[cs]e[ds]?|registration|funding|partnership|contract signed)\b/;

export function isBinaryOutcome(text: string): boolean {
  return CERTIFICATION.test(text.toLowerCase());
}

/** Words that end a noun phrase naming a metric: "churn rate", "response time". */
const METRIC_HEADS =
  /\b(?:rate|ratio|time|revenue|costs?|churn|nps|csat|ces|margin|score|value|count|volume|growth|turnover|retention|utili[sz]ation|usage|traffic|conversion|satisfaction|profit|profitability|income|sales|pipeline|leads|uptime|latency|backlog|number|numbers|percentage|share|cac|ltv|clv|arr|mrr|aov|roi|roas|dso|mttr|attrition|absenteeism|engagement|adoption|velocity|throughput|accuracy|yield|occupancy|headcount|inventory|price|spend|budget|burn|runway|visitors|users|customers|subscribers|sign-?ups|downloads|followers|hours|days|delays?|defects|bugs|incidents|complaints|escalations|tickets|cash flow|output|productivity|length|outstanding|multiple)$/;

const METRIC_OPENERS =
  /^(?:number|percentage|share|count|ratio|amount|volume|proportion) of\b|\b(?:closed|won|sent|signed|delivered|resolved|completed|booked)$/;

/** A definition after a colon ("Transit time: time taken to …", "Fill rate: percentage of …"). */
const DEFINITION_START =
  /^\s*(?:the\s+)?(?:ratio|percentage|share|number|proportion|average|total|time|count|amount|sum)\b/i;
const COUNT_OF = /^(?:%|#|no\.?|number|percentage|share|count|ratio|amount|volume|proportion)\s+of\b/i;

/**
 * A statement that only names a metric, the way KPI lists and glossaries write them: "Bed
 * Occupancy Rate (BOR)", "Cost per Patient", "No of Rooms in Use At One Time", "CEO: Net new
 * ARR", "Transit time: time taken to transport goods …" (a name, then its definition).
 */
export function namesMetric(text: string): boolean {
  const t = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[;.\s]+$/, '')
    .trim();
  const colon = t.indexOf(':');
  const head = colon >= 0 ? t.slice(0, colon) : t;
  const rest = colon >= 0 ? t.slice(colon + 1).trim() : '';
  if (colon >= 0 && DEFINITION_START.test(rest) && head.split(/\s+/).length <= 6) return true;
  if (definesMetric(t)) return true;
  const named = colon >= 0 ? rest : t;
  if (COUNT_OF.test(named)) return true;
  const core = (named.split(/\s+(?:per|of|in|at|for|to|by|versus|vs\.?)\s+/i)[0] ?? '').trim();
  // "Sourcegraph search scales to our largest customers" says what should happen: not a name.
  const words = core.split(/\s+/);
  if (words.slice(0, -1).some((w) => verbClass(w) !== undefined)) return false;
  return looksLikeMetricName(core) && !isQualitative(core);
}

/** "Time-to-fill is the number of days between …": a name, "is", then its definition. */
const IS_DEFINITION =
  /^\s*((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s+(?:is|are|means)\s+(?:the\s+)?(?:ratio|percentage|share|number|proportion|average|total|count|amount|sum)\s+of\b/iu;

export function definesMetric(text: string): boolean {
  const m = IS_DEFINITION.exec(text);
  return m !== null && (m[1] ?? '').split(/\s+/).every((w) => verbClass(w) === undefined);
}

export function looksLikeMetricName(text: string): boolean {
  const t = text.toLowerCase();
  return METRIC_HEADS.test(t) || METRIC_OPENERS.test(t);
}

/** Words kept upper-case in metric names even when the statement shouts them. */
export const ACRONYMS = new Set(
  'NPS CSAT CES CAC LTV CLV ARR MRR AOV ROI ROAS DSO MTTR MTTD SLA KPI OKR SEO SEM CPC CPA CPL CPM CTR AHT FCR EBITDA GMV ARPU ARPA SaaS B2B B2C QA HR IT UX UI API'.split(
    ' ',
  ),
);

/*
 * The labelling guide's word lists (docs/statements.md, "Kind: ask these questions in
 * order"), one home each. `classify.ts` asks the guide's questions with them.
 */

/** Guide Q4: change verbs (increase, reduce, improve…) set out to move a number. */
export function isChangeVerb(cls: VerbClass | undefined): boolean {
  return cls === 'up' || cls === 'down' || cls === 'improve';
}

/** Guide Q4: goal verbs (reach, win, renew, launch N…) name a target to get to. */
export function isGoalVerb(cls: VerbClass | undefined): boolean {
  return cls === 'reach' || cls === 'acquire' || cls === 'deliver';
}

/** Guide Q1, objective: "Bring churn back to healthy", "back on track": a state as the goal. */
const STATE_GOAL =
  /\b(?:back\s+)?(?:to|into|under|within)\s+(?:a\s+)?(?:healthy|normal|green|control|(?:the\s+)?(?:healthy|target|normal)\s+range)\b|\bback\s+on\s+track\b/i;

/** Where a state named as the goal starts, or -1. */
export function stateGoalAt(text: string): number {
  return STATE_GOAL.exec(text)?.index ?? -1;
}

/** Guide Q1, task: a habit ("Fine tune OKR for one hour weekly") is work to do. */
const RECURRING_END =
  /\b(?:weekly|daily|fortnightly|every\s+(?:day|week|month)|each\s+(?:day|week|month))[\s.!]*$/i;

export function endsRecurring(text: string): boolean {
  return RECURRING_END.test(text);
}

/** Guide Q1, objective: "a target verb without a number" ("Get more customers", "record revenue"). */
const COMPARATIVE = /\b(?:more|better|higher|greater|faster|fewer|less|lower|bigger|record)\b/i;

export function isComparative(text: string): boolean {
  return COMPARATIVE.test(text);
}

/** Guide Q1, task: finishing a piece of *work* ("Complete job task analysis") is doing it. */
const WORK_NOUNS =
  /\b(?:analys[ie]s|research|review|assessment|audit|study|survey|training|evaluation|investigation|interviews?|reports|reconciliations?|documentation)\b/i;

export function namesWork(text: string): boolean {
  return WORK_NOUNS.test(text);
}

/** Guide Q1, objective: a body of people or a state of mind to build ("a world class team", "aware"). */
const AIM_OBJECTS = /\b(?:organi[sz]ations?|team|aware|[a-z]+[- ]driven)\b/i;

export function namesAimObject(text: string): boolean {
  return AIM_OBJECTS.test(text);
}

/** Guide Q1, objective: moving people ("Get new users to their first real win") is an aim. */
const PEOPLE_AFTER_VERB =
  /\b(?:get|getting|help|helping)\s+(?:(?:new|more|our|all|every|existing|the)\s+)*(?:people|users|customers|developers|engineers|teams?|everyone|employees|members|contributors|visitors|readers|buyers|clients|staff|partners)\b/i;

export function movesPeople(verb: string | undefined, text: string): boolean {
  return /^(?:get|getting|help|helping)$/.test(verb ?? '') && PEOPLE_AFTER_VERB.test(text);
}

/** Guide Q1, milestone: delivery participles after the thing ("… released", "… complete"). */
const PARTICIPLE = /\b([a-z]+ed|complete)(?=\s*(?:$|[,.;]|(?:and|&|on|to|in|for|by|via|across|at|with)\b))/gi;

export function isDeliveredAfterSubject(text: string): boolean {
  const start = text.search(/\S/);
  for (const m of text.matchAll(PARTICIPLE)) {
    if ((m.index ?? 0) <= start) continue;
    const word = (m[1] ?? '').toLowerCase();
    if (word === 'complete' || verbClass(word) === 'deliver') return true;
  }
  return false;
}

/** Guide Q1, milestone: "a thing said to be available" ("Helm charts generally available", "SSO available to all customers"). */
const AVAILABLE_END =
  /\b(?:(?:(?:generally\s+)?available|GA|shipped|released|launched|deployed|rolled\s+out)(?:\s+(?:to|for|in|on|across)\s+[^.,;:]+)?|live|in\s+production|done|completed?)[\s.!]*$/i;

export function endsAvailable(text: string): boolean {
  return AVAILABLE_END.test(text);
}

/** Guide Q1, milestone: "Members can make a profile": a thing people can now do is delivered. */
const CAN = /\b(?:can|is able to|are able to|will be able to)\s+(?:now\s+|[a-z]+ly\s+)?([a-z]+)/gi;

/** Any verb after "can", known to the lexicon or not ("Sourcegraph can index any code"); "can be" is a state. */
export function isCapability(text: string): boolean {
  for (const m of text.matchAll(CAN))
    if (!/^(?:be|not|no|never|only|also|still)$/.test(m[1] ?? '')) return true;
  return false;
}

/** Guide Q1, milestone: a thing that is there ("libp2p has a network visualization tool", "There is a prototype of …"). */
const HAS_A_THING = /\b(?:there\s+(?:is|are)|has|have|now\s+has)\s+(?:a|an)\s+/i;

export function saysThingExists(text: string): boolean {
  return HAS_A_THING.test(text);
}

/** Guide grey zone: an activity verb whose object is a quality ("Write better code") is an aim. */
const QUALITY_OBJECT =
  /^\s*(?:(?:a|an|the|our)\s+)?(?:better|best|faster|clearer|cleaner|simpler|stronger|safer|smarter|great|world[- ]class|high[- ]quality|industry'?s\s+best)\b/i;

export function namesQuality(afterVerb: string): boolean {
  return QUALITY_OBJECT.test(afterVerb);
}

/** Guide Q1, milestone: words that say a thing is done after "is"/"are"/"gets": "is enabled". */
const DONE_WORDS =
  /^(?:enabled|done|live|available|supported|merged|documented|tracked|measured|monitored|automated|approved|defined|established)$/;
const DONE_STATE =
  /\b(?:is|are|gets|get|got|has been|have been|will be|becomes)\s+(?:(?:now|fully|finally|successfully)\s+)?([a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\b/gi;

/** "The DHT is enabled by default", "js.ipfs.io is finished and published": a thing done. */
export function isDoneState(text: string): boolean {
  // "Handoff … deemed a success by all involved parties", "All questions … can be answered by …".
  if (/\b(?:deemed|considered|judged)\s+(?:a\s+)?success\b|\bcan\s+be\s+[a-z]+ed\b/i.test(text)) return true;
  for (const m of text.matchAll(DONE_STATE)) {
    const words = (m[1] ?? '').toLowerCase().split(/\s+(?:and|&)\s+/);
    if (words.some((w) => DONE_WORDS.test(w) || (/(?:ed|en)$/.test(w) && verbClass(w) === 'deliver')))
      return true;
  }
  return false;
}
