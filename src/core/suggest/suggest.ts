import { bm25, domainMention, type IndexedTemplate, libraryIndex } from './library-index.js';
import type { DomainId, MetricTemplate } from './metric-template.js';
import {
  DEFAULT_CURRENCY,
  type DomainScore,
  draftKeyResult,
  fillCurrency,
  resolveUnit,
  type Suggestion,
  type Suggestions,
} from './suggestion.js';
import { FREELANCER_STARTING_POINTS, findTemplate, GENERAL_STARTING_POINTS } from './templates/index.js';
import { tokenize } from './tokenize.js';

export interface SuggestOptions {
  /** How many KPIs and how many key results to return (each); default 5, at most 50. */
  readonly limit?: number;
  /** Favour the freelancer templates (income, utilisation, pipeline, repeat clients). */
  readonly freelancer?: boolean;
  /** ISO 4217 code for money metrics; default USD. */
  readonly currency?: string;
  /** Treat the objective as belonging to this domain, as if it named it. */
  readonly domain?: DomainId;
}

/**
 * How much naming a domain lifts its templates, on the BM25 scale (one rare matching
 * word scores about 2–4): a template whose own words match still outranks one that only
 * sits in the named domain.
 */
const DOMAIN_WEIGHT = 3.5;
/**
 * Once the objective names a domain, word matches from other domains count this much:
 * "Dominate the SaaS market" is about SaaS customers, not an e-commerce store that also
 * wants to dominate a market. A prior over domains, in effect.
 */
const OFF_DOMAIN_FACTOR = 0.4;
const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;

/**
 * Ranks the template library against a plain-language objective: KPIs to hold and key
 * results to raise, each with a range, a cadence and why it fits. Pure, total and
 * deterministic: any string gives the same answer every time, and never throws.
 */
export function suggest(objective: string, options: SuggestOptions = {}): Suggestions {
  const limit = clampLimit(options.limit);
  const currency = normaliseCurrency(options.currency);
  const tokens = tokenize(objective);
  const queryStems = [...new Set(tokens.map((token) => token.stem))];
  const wordOf = new Map<string, string>();
  for (const token of tokens) if (!wordOf.has(token.stem)) wordOf.set(token.stem, token.word);

  const mentions = new Map(
    libraryIndex().domains.map(
      (domain) => [domain.id, domainMention(libraryIndex(), domain.id, queryStems)] as const,
    ),
  );
  const forced = new Set<DomainId>([
    ...(options.domain ? [options.domain] : []),
    ...(options.freelancer ? (['freelancer'] as const) : []),
  ]);
  const strongestMention = Math.max(0, ...[...mentions.values()].map((mention) => mention.score));
  const domainShare = (id: DomainId): number => {
    if (forced.has(id)) return 1;
    const mention = mentions.get(id)?.score ?? 0;
    return strongestMention > 0 ? mention / strongestMention : 0;
  };

  const anyDomain = strongestMention > 0 || forced.size > 0;
  const scored = libraryIndex()
    .templates.map((entry) => rank(entry, queryStems, domainShare(entry.domain.id), anyDomain, wordOf))
    .filter((candidate) => candidate.score > 0);
  const ranked = scored.filter((candidate) => !candidate.entry.template.vanity);
  const vanity = scored.filter((c) => c.entry.template.vanity && c.textStems.length > 0);
  const domains = rankDomains(scored, mentions, forced);
  const domainPosition = new Map(domains.map((domain, position) => [domain.domain, position] as const));
  const byRelevance = (a: Candidate, b: Candidate) =>
    b.score - a.score ||
    (domainPosition.get(a.entry.domain.id) ?? 99) - (domainPosition.get(b.entry.domain.id) ?? 99) ||
    a.entry.order - b.entry.order;
  ranked.sort(byRelevance);
  vanity.sort(byRelevance);

  if (ranked.length === 0) return startingPoints(objective, limit, currency, options.freelancer === true);
  const toSuggestion = (candidate: Candidate, asKeyResult: boolean) =>
    present(candidate.entry.template, {
      currency,
      asKeyResult,
      score: candidate.score,
      matched: candidate.words,
      why: explain(candidate, wordOf),
    });
  return {
    objective,
    matched: true,
    kpis: ranked
      .filter((c) => c.entry.template.asKpi)
      .slice(0, limit)
      .map((c) => toSuggestion(c, false)),
    keyResults: ranked
      .filter((c) => c.entry.template.asKeyResult)
      .slice(0, limit)
      .map((c) => toSuggestion(c, true)),
    vanity: vanity.slice(0, limit).map((c) => toSuggestion(c, false)),
    domains,
  };
}

interface Candidate {
  readonly entry: IndexedTemplate;
  readonly score: number;
  readonly textStems: readonly string[];
  readonly domainShare: number;
  /** Objective words behind the match, template words first. */
  readonly words: readonly string[];
}

function rank(
  entry: IndexedTemplate,
  queryStems: readonly string[],
  share: number,
  anyDomain: boolean,
  wordOf: ReadonlyMap<string, string>,
): Candidate {
  const text = bm25(libraryIndex(), entry, queryStems);
  const domainStems = domainMention(libraryIndex(), entry.domain.id, queryStems).stems;
  const prior = anyDomain ? OFF_DOMAIN_FACTOR + (1 - OFF_DOMAIN_FACTOR) * share : 1;
  const score = text.score * prior + DOMAIN_WEIGHT * share;
  const words = [...new Set([...text.stems, ...domainStems].map((s) => wordOf.get(s) ?? s))];
  // Rounded so that floating-point noise can never reorder equal candidates.
  return { entry, score: Math.round(score * 1000) / 1000, textStems: text.stems, domainShare: share, words };
}

function rankDomains(
  ranked: readonly Candidate[],
  mentions: ReadonlyMap<DomainId, { readonly score: number }>,
  forced: ReadonlySet<DomainId>,
): DomainScore[] {
  return libraryIndex()
    .domains.map((domain, position) => {
      const best = Math.max(0, ...ranked.filter((c) => c.entry.domain.id === domain.id).map((c) => c.score));
      const mention = mentions.get(domain.id)?.score ?? 0;
      const score = Math.round((mention + best) * 100) / 100;
      return { domain: domain.id, label: domain.label, score, position, forced: forced.has(domain.id) };
    })
    .filter((domain) => domain.score > 0 || domain.forced)
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ domain, label, score }) => ({ domain, label, score }));
}

function explain(candidate: Candidate, wordOf: ReadonlyMap<string, string>): string {
  const { template, domain } = candidate.entry;
  const quoted = (stems: readonly string[]) => stems.map((s) => `“${wordOf.get(s) ?? s}”`).join(', ');
  const reason =
    candidate.textStems.length > 0
      ? `Matches ${quoted(candidate.textStems)} in your objective.`
      : `A core ${domain.label.toLowerCase()} measure, and your objective is about ${domain.label.toLowerCase()}.`;
  const vanity = template.vanity ? ` But it is a vanity metric: ${template.vanity}.` : '';
  return `${reason} ${template.why}${vanity}`;
}

function present(
  template: MetricTemplate,
  detail: {
    readonly currency: string;
    readonly asKeyResult: boolean;
    readonly score: number;
    readonly matched: readonly string[];
    readonly why: string;
    readonly basis?: Suggestion['basis'];
  },
): Suggestion {
  const domain = template.id.slice(0, template.id.indexOf('.')) as DomainId;
  return {
    templateId: template.id,
    domain,
    metric: template.metric,
    unit: resolveUnit(template, detail.currency),
    direction: template.direction,
    healthy: template.healthy,
    cadence: template.cadence,
    why: detail.why,
    matched: detail.matched,
    score: detail.score,
    basis: detail.basis ?? 'matched',
    ...(template.vanity ? { vanity: template.vanity } : {}),
    ...(detail.asKeyResult
      ? {
          keyResult: draftKeyResult(template, detail.currency),
          example: fillCurrency(template.exampleKeyResult, detail.currency),
        }
      : {}),
  };
}

/** Nothing matched: say so, and offer general measures clearly labelled as such. */
function startingPoints(
  objective: string,
  limit: number,
  currency: string,
  freelancer: boolean,
): Suggestions {
  const ids = freelancer ? FREELANCER_STARTING_POINTS : GENERAL_STARTING_POINTS;
  const templates = ids.flatMap((id) => {
    const template = findTemplate(id);
    return template ? [template] : [];
  });
  const general = (template: MetricTemplate, asKeyResult: boolean) =>
    present(template, {
      currency,
      asKeyResult,
      score: 0,
      matched: [],
      why: `General starting point, not matched to your objective. ${template.why}`,
      basis: 'general',
    });
  const subject =
    objective.trim() === '' ? 'The objective is empty' : `Nothing in “${objective.trim()}” matched`;
  return {
    objective,
    matched: false,
    note: `${subject} the template library, so these are general starting points rather than suggestions for it. Name the area (support, sales, SaaS, freelance…) or the result you want (churn, response time, income) for specific ones.`,
    kpis: templates
      .filter((t) => t.asKpi)
      .slice(0, limit)
      .map((t) => general(t, false)),
    keyResults: templates
      .filter((t) => t.asKeyResult)
      .slice(0, limit)
      .map((t) => general(t, true)),
    vanity: [],
    domains: [],
  };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

function normaliseCurrency(currency: string | undefined): string {
  const code = currency?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : DEFAULT_CURRENCY;
}
