import { describe, expect, it } from 'vitest';
import { CADENCES } from '../../model.js';
import {
  DOMAIN_IDS,
  FREELANCER_STARTING_POINTS,
  findTemplate,
  GENERAL_STARTING_POINTS,
  TEMPLATE_LIBRARY,
} from './index.js';

const ALL = TEMPLATE_LIBRARY.flatMap((domain) => domain.templates.map((template) => ({ domain, template })));

describe('the template library', () => {
  it('covers the twelve domains the product promises', () => {
    expect(DOMAIN_IDS).toEqual([
      'sales',
      'marketing',
      'support',
      'delivery',
      'finance',
      'people',
      'product',
      'engineering',
      'ecommerce',
      'saas',
      'public-sector',
      'freelancer',
    ]);
  });

  it.each(TEMPLATE_LIBRARY.map((domain) => [domain.id, domain.templates.length]))(
    'offers at least 8 metrics for %s',
    (_, count) => expect(count).toBeGreaterThanOrEqual(8),
  );

  it('gives every template a unique id prefixed by its domain', () => {
    const ids = ALL.map(({ template }) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { domain, template } of ALL) expect(template.id.startsWith(`${domain.id}.`)).toBe(true);
  });

  it.each(ALL.map(({ template }) => [template.id, template]))('%s is well formed', (_, template) => {
    const { healthy } = template;
    if (healthy.min !== undefined && healthy.max !== undefined)
      expect(healthy.min).toBeLessThanOrEqual(healthy.max);
    // A one-sided range guards the bad side: a floor for "increase", a ceiling for "decrease".
    if (template.direction === 'increase')
      expect(healthy.max === undefined || healthy.min !== undefined).toBe(true);
    if (template.direction === 'decrease')
      expect(healthy.min === undefined || healthy.max !== undefined).toBe(true);
    expect(CADENCES).toContain(template.cadence);
    expect(template.asKpi || template.asKeyResult).toBe(true);
    expect(template.keywords.length).toBeGreaterThan(0);
    for (const keyword of template.keywords) expect(keyword).toBe(keyword.toLowerCase());
    expect(template.why).toMatch(/\.$/);
    expect(template.exampleKeyResult.replaceAll('{currency}', '')).not.toMatch(/[{}]/);
    if (template.unit !== 'currency') expect(template.exampleKeyResult).not.toContain('{currency}');
  });

  it('lists starting points that exist in the library', () => {
    for (const id of [...GENERAL_STARTING_POINTS, ...FREELANCER_STARTING_POINTS])
      expect(findTemplate(id)).toBeDefined();
  });

  it('flags followers and downloads as vanity metrics (domain.md, vanity-metric)', () => {
    expect(findTemplate('marketing.social-followers')?.vanity).toMatch(/engagement|leads/);
    expect(findTemplate('marketing.podcast-downloads')?.vanity).toMatch(/listeners/);
  });
});
