import type { DomainId, MetricDomain, MetricTemplate } from './metric-template.js';
import { TEMPLATE_LIBRARY } from './templates/index.js';
import { stemsOf, tokenize } from './tokenize.js';

/**
 * The template library as a small search index: each template is a document made of its
 * metric name (counted twice, it is the strongest evidence) and its keywords; each domain
 * is a document made of its synonyms. Built once per library; pure.
 */

export interface IndexedTemplate {
  readonly template: MetricTemplate;
  readonly domain: MetricDomain;
  /** Position in the whole library: the curated order that breaks ties. */
  readonly order: number;
  readonly termFrequency: ReadonlyMap<string, number>;
  readonly length: number;
}

export interface LibraryIndex {
  readonly templates: readonly IndexedTemplate[];
  /** In how many templates each stem occurs. */
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly averageLength: number;
  /** Each domain's synonyms as stem phrases ("customer service" → [custom, servic]). */
  readonly domainSynonyms: ReadonlyMap<DomainId, readonly (readonly string[])[]>;
  /** In how many domains each synonym phrase (stems joined by a space) occurs. */
  readonly domainFrequency: ReadonlyMap<string, number>;
  readonly domains: readonly MetricDomain[];
}

const NAME_WEIGHT = 2;

export function buildLibraryIndex(library: readonly MetricDomain[]): LibraryIndex {
  const templates: IndexedTemplate[] = [];
  const documentFrequency = new Map<string, number>();
  for (const domain of library) {
    for (const template of domain.templates) {
      const termFrequency = new Map<string, number>();
      const add = (stemmed: string, weight: number) =>
        termFrequency.set(stemmed, (termFrequency.get(stemmed) ?? 0) + weight);
      for (const token of tokenize(template.metric)) add(token.stem, NAME_WEIGHT);
      // A keyword counts once however many words it has, so long phrases do not dominate.
      for (const keyword of template.keywords) for (const s of stemsOf(keyword)) add(s, 1);
      for (const s of termFrequency.keys()) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
      const length = [...termFrequency.values()].reduce((sum, tf) => sum + tf, 0);
      templates.push({ template, domain, order: templates.length, termFrequency, length });
    }
  }
  const domainSynonyms = new Map<DomainId, readonly (readonly string[])[]>();
  const domainFrequency = new Map<string, number>();
  for (const domain of library) {
    const phrases = new Map<string, readonly string[]>();
    for (const synonym of domain.synonyms) {
      const stems = stemsOf(synonym);
      if (stems.length > 0) phrases.set(stems.join(' '), stems);
    }
    domainSynonyms.set(domain.id, [...phrases.values()]);
    for (const key of phrases.keys()) domainFrequency.set(key, (domainFrequency.get(key) ?? 0) + 1);
  }
  const totalLength = templates.reduce((sum, t) => sum + t.length, 0);
  return {
    templates,
    documentFrequency,
    averageLength: templates.length === 0 ? 1 : totalLength / templates.length,
    domainSynonyms,
    domainFrequency,
    domains: library,
  };
}

/** Robertson–Spärck Jones inverse document frequency, as in BM25 (never negative). */
export function inverseFrequency(documents: number, containing: number): number {
  return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
}

const K1 = 1.2;
const B = 0.75;

export interface TextMatch {
  readonly score: number;
  /** Query stems found in the template, in query order. */
  readonly stems: readonly string[];
}

/** BM25 relevance of one template to the distinct stems of a query. */
export function bm25(index: LibraryIndex, entry: IndexedTemplate, queryStems: readonly string[]): TextMatch {
  let score = 0;
  const stems: string[] = [];
  for (const s of queryStems) {
    const tf = entry.termFrequency.get(s);
    if (tf === undefined) continue;
    const idf = inverseFrequency(index.templates.length, index.documentFrequency.get(s) ?? 0);
    const norm = tf + K1 * (1 - B + (B * entry.length) / index.averageLength);
    score += (idf * tf * (K1 + 1)) / norm;
    stems.push(s);
  }
  return { score, stems };
}

/**
 * How strongly a query names a domain: the summed rarity (across domains) of the synonyms
 * it contains. A phrase synonym counts only when all its words are there, so "customer
 * service" names support but "customer" alone does not.
 */
export function domainMention(
  index: LibraryIndex,
  domain: DomainId,
  queryStems: readonly string[],
): TextMatch {
  const present = new Set(queryStems);
  let score = 0;
  const stems = new Set<string>();
  for (const phrase of index.domainSynonyms.get(domain) ?? []) {
    if (!phrase.every((s) => present.has(s))) continue;
    score += inverseFrequency(index.domains.length, index.domainFrequency.get(phrase.join(' ')) ?? 0);
    for (const s of phrase) stems.add(s);
  }
  return { score, stems: queryStems.filter((s) => stems.has(s)) };
}

let shipped: LibraryIndex | undefined;

/** The shipped library, indexed on first use: most commands and the server's start never ask. */
export function libraryIndex(): LibraryIndex {
  shipped ??= buildLibraryIndex(TEMPLATE_LIBRARY);
  return shipped;
}
