import { domainMention, libraryIndex } from './library-index.js';
import type { DomainId } from './metric-template.js';
import { stemsOf } from './tokenize.js';

/**
 * The domain a user means by a short answer: its id ("saas"), its label ("HR and
 * people"), or words that name it ("customer service" → support, "agency" → delivery).
 * Undefined when nothing names a domain, or two domains are named equally.
 */
export function resolveDomain(text: string): DomainId | undefined {
  const index = libraryIndex();
  const wanted = text.trim().toLowerCase();
  const exact = index.domains.find(
    (domain) =>
      domain.id === wanted || domain.id.replace('-', ' ') === wanted || domain.label.toLowerCase() === wanted,
  );
  if (exact) return exact.id;
  const stems = stemsOf(text);
  const ranked = index.domains
    .map((domain) => ({ id: domain.id, score: domainMention(index, domain.id, stems).score }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best || (second && second.score === best.score)) return undefined;
  return best.id;
}
