import { ARTICLE_FIXTURES } from './articles.js';
import { DOMAIN_FIXTURES } from './domains.js';
import type { Expected, Fixture } from './expect.js';
import { MORE_DOMAIN_FIXTURES } from './more-domains.js';

export type { Expected, Fixture };

/**
 * Statements with their expected readings: every example of the source articles, then
 * statements in other phrasings, domains and currencies. The fixture test prints the
 * parser's accuracy over all of them.
 */
export const STATEMENT_FIXTURES: readonly Fixture[] = [
  ...ARTICLE_FIXTURES,
  ...DOMAIN_FIXTURES,
  ...MORE_DOMAIN_FIXTURES,
];
