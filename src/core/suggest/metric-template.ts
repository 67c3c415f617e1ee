import type { Cadence, Range } from '../model.js';

/**
 * A metric template: one well-known measure a team or freelancer can adopt as a KPI
 * (to hold a level) or as a key result (to move it), with the typical healthy range
 * practitioners use. The library is data, so `suggest` can rank it and docs can list it.
 */

/**
 * Units a template may use. `currency` is a placeholder: `suggest` replaces it with the
 * workspace's ISO 4217 code (e.g. `EUR`), because money metrics have no universal currency.
 */
export type MetricUnit =
  | '%'
  | 'min'
  | 'h'
  | 'days'
  | 'count'
  | 'score/5'
  | 'score/10'
  | 'nps'
  | 'ratio'
  | 'months'
  | 'ms'
  | 'currency';

/** Which way is better: a KR on an `increase` metric raises it, a `decrease` one lowers it. */
export type Direction = 'increase' | 'decrease';

export type DomainId =
  | 'sales'
  | 'marketing'
  | 'support'
  | 'delivery'
  | 'finance'
  | 'people'
  | 'product'
  | 'engineering'
  | 'ecommerce'
  | 'saas'
  | 'public-sector'
  | 'freelancer';

export interface MetricTemplate {
  /** Stable id, `<domain>.<slug>`, e.g. `support.first-response-time`. */
  readonly id: string;
  readonly metric: string;
  readonly unit: MetricUnit;
  readonly direction: Direction;
  /**
   * The typical healthy range when held as a KPI. Empty (`{}`) when no range is common
   * to every business (absolute money, head counts): set it from your own history.
   */
  readonly healthy: Range;
  readonly cadence: Cadence;
  /** Words an objective might use when this metric is the right measure. */
  readonly keywords: readonly string[];
  /** One sentence on why the metric fits. */
  readonly why: string;
  /** Better held steady as a KPI (a floor to protect). */
  readonly asKpi: boolean;
  /** Good to move as a key result (an outcome worth a quarter of effort). */
  readonly asKeyResult: boolean;
  /** A well-formed key result using the metric; `{currency}` stands for the currency code. */
  readonly exampleKeyResult: string;
  /**
   * Set on metrics that are easy to inflate without moving the business (followers,
   * downloads, page views): why, and what to watch instead. domain.md's vanity-metric rule.
   */
  readonly vanity?: string;
}

export interface MetricDomain {
  readonly id: DomainId;
  readonly label: string;
  /** Words that place an objective in this domain even when no metric keyword matches. */
  readonly synonyms: readonly string[];
  /** Most central first: the order breaks ties when only the domain matched. */
  readonly templates: readonly MetricTemplate[];
}
