import type { Cadence, Range } from '../model.js';
import type { Direction, DomainId, MetricTemplate } from './metric-template.js';

/** One metric proposed for an objective, ready to become a KPI or a key result. */
export interface Suggestion {
  readonly templateId: string;
  readonly domain: DomainId;
  readonly metric: string;
  /** The template's unit, with `currency` replaced by the ISO code in use. */
  readonly unit: string;
  readonly direction: Direction;
  /** Typical healthy range; empty when it depends on the business (set it from history). */
  readonly healthy: Range;
  readonly cadence: Cadence;
  /** What in the objective matched, then why the metric fits. */
  readonly why: string;
  /** Words of the objective that led here (empty for general starting points). */
  readonly matched: readonly string[];
  /** Relevance; only comparable within one `Suggestions`. */
  readonly score: number;
  /** `general` when nothing matched and this is a generic starting point. */
  readonly basis: 'matched' | 'general';
  /** Set for vanity metrics: why to be careful, and what to track instead. */
  readonly vanity?: string;
  /** Key results only: a draft title with the numbers left for you to fill in. */
  readonly keyResult?: string;
  /** Key results only: a complete example from practice. */
  readonly example?: string;
}

export interface DomainScore {
  readonly domain: DomainId;
  readonly label: string;
  readonly score: number;
}

export interface Suggestions {
  readonly objective: string;
  /** False when nothing in the objective matched and the lists are general starting points. */
  readonly matched: boolean;
  /** Said to the user when the lists are not specific to the objective. */
  readonly note?: string;
  /** Metrics to hold steady, best first. */
  readonly kpis: readonly Suggestion[];
  /** Metrics to move this cycle, best first. */
  readonly keyResults: readonly Suggestion[];
  /**
   * Vanity metrics the objective touches (followers, downloads…): never recommended,
   * listed so the user sees why not (domain.md, vanity-metric).
   */
  readonly vanity: readonly Suggestion[];
  /** Domains the objective seems to belong to, best first (empty when none). */
  readonly domains: readonly DomainScore[];
}

export const DEFAULT_CURRENCY = 'USD';

export function resolveUnit(template: MetricTemplate, currency: string): string {
  return template.unit === 'currency' ? currency : template.unit;
}

export function fillCurrency(text: string, currency: string): string {
  return text.replaceAll('{currency}', currency);
}

/**
 * A key-result title in the form the plain-language reader understands ("Reduce churn
 * from 8% to 5%"), with ‹now› and ‹target› left for the user: a KR without a baseline is
 * a guess (domain.md, kr-no-baseline), so Ratchet does not invent one.
 */
export function draftKeyResult(template: MetricTemplate, currency: string): string {
  const verb = template.direction === 'increase' ? 'Increase' : 'Reduce';
  const value = (placeholder: string): string => {
    switch (template.unit) {
      case '%':
        return `${placeholder}%`;
      case 'currency':
        return `${currency} ${placeholder}`;
      case 'h':
      case 'min':
      case 'ms':
      case 'days':
      case 'months':
        return `${placeholder} ${template.unit}`;
      case 'count':
      case 'score/5':
      case 'score/10':
      case 'nps':
      case 'ratio':
        return placeholder;
    }
  };
  return `${verb} ${sentenceCase(template.metric)} from ${value('‹now›')} to ${value('‹target›')}`;
}

/** "Monthly recurring revenue (MRR)" → "monthly recurring revenue (MRR)"; names like "Net Promoter Score" stay. */
function sentenceCase(name: string): string {
  const words = name.split(' ');
  const [first = '', ...rest] = words;
  const isAcronym = first.length > 1 && first === first.toUpperCase();
  const restIsLower = rest.every((word) => !/^[A-Z][a-z]/.test(word));
  if (isAcronym || !restIsLower) return name;
  return first.charAt(0).toLowerCase() + first.slice(1) + (rest.length > 0 ? ` ${rest.join(' ')}` : '');
}
