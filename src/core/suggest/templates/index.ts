import type { DomainId, MetricDomain, MetricTemplate } from '../metric-template.js';
import { DELIVERY } from './delivery.js';
import { ECOMMERCE } from './ecommerce.js';
import { ENGINEERING } from './engineering.js';
import { FINANCE } from './finance.js';
import { FREELANCER } from './freelancer.js';
import { MARKETING } from './marketing.js';
import { PEOPLE } from './people.js';
import { PRODUCT } from './product.js';
import { PUBLIC_SECTOR } from './public-sector.js';
import { SAAS } from './saas.js';
import { SALES } from './sales.js';
import { SUPPORT } from './support.js';

/** Every domain of the template library, in the order docs and `--help` list them. */
export const TEMPLATE_LIBRARY: readonly MetricDomain[] = [
  SALES,
  MARKETING,
  SUPPORT,
  DELIVERY,
  FINANCE,
  PEOPLE,
  PRODUCT,
  ENGINEERING,
  ECOMMERCE,
  SAAS,
  PUBLIC_SECTOR,
  FREELANCER,
];

export const DOMAIN_IDS: readonly DomainId[] = TEMPLATE_LIBRARY.map((domain) => domain.id);

export function findDomain(id: string): MetricDomain | undefined {
  return TEMPLATE_LIBRARY.find((domain) => domain.id === id);
}

export function findTemplate(id: string): MetricTemplate | undefined {
  for (const domain of TEMPLATE_LIBRARY) {
    const template = domain.templates.find((candidate) => candidate.id === id);
    if (template) return template;
  }
  return undefined;
}

/**
 * Shown, clearly labelled, when an objective matches nothing: the measures nearly every
 * organisation can start from (revenue, margin, customers, delivery, people).
 */
export const GENERAL_STARTING_POINTS: readonly string[] = [
  'sales.monthly-bookings',
  'finance.gross-margin',
  'support.csat',
  'saas.monthly-churn',
  'delivery.on-time-delivery',
  'people.employee-retention',
  'product.monthly-active-users',
];

/** The freelancer article's own hybrid: income, utilisation, pipeline, repeat clients. */
export const FREELANCER_STARTING_POINTS: readonly string[] = [
  'freelancer.monthly-income',
  'freelancer.utilisation',
  'freelancer.pipeline',
  'freelancer.repeat-client-rate',
  'freelancer.average-project-value',
];
