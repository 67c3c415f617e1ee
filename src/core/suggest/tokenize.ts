/**
 * Words of an objective or a template, reduced to comparable stems.
 *
 * Deliberately light: lower-case, split on anything that is not a letter or digit,
 * fold common English suffixes so "retaining", "retention" and "retain" meet, and
 * "customers" meets "customer". Both sides of a match (objective and library) go
 * through the same function, so a stem only has to be consistent, not a real word.
 */

export interface Token {
  /** The stem used for matching. */
  readonly stem: string;
  /** The word as the user wrote it (lower-cased), to quote back in explanations. */
  readonly word: string;
}

/** Words that carry no topic: articles, pronouns, and the verbs every goal uses. */
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'become',
  'by',
  'for',
  'from',
  'get',
  'go',
  'in',
  'into',
  'is',
  'it',
  'its',
  'make',
  'more',
  'most',
  'my',
  'of',
  'on',
  'or',
  'our',
  'the',
  'their',
  'this',
  'to',
  'us',
  'we',
  'with',
  'your',
  'improve',
  'increase',
  'reduce',
  'decrease',
  'raise',
  'lower',
  'achieve',
  'reach',
  'boost',
  'better',
  'best',
  'new',
  'all',
  'every',
  'than',
  'very',
  'really',
  'so',
  'do',
]);

/** Families that suffix rules cannot join; values are the shared stem. */
const IRREGULAR: Readonly<Record<string, string>> = {
  retention: 'retain',
  resolution: 'resolv',
  satisfaction: 'satisf',
  satisfied: 'satisf',
  satisfy: 'satisf',
  satisfying: 'satisf',
  acquisition: 'acquir',
  conversion: 'convert',
  subscription: 'subscrib',
  marketing: 'marketing', // a function, not the place you sell in ("the SaaS market")
  people: 'people',
  leader: 'leader', // not a sales lead
  leaders: 'leader',
  leadership: 'leader',
  business: 'business',
  sales: 'sale',
  sell: 'sale',
  selling: 'sale',
  sold: 'sale',
  won: 'win',
  winning: 'win',
  lost: 'lose',
  losing: 'lose',
  hire: 'hir',
  fulfilment: 'fulfil',
  fulfillment: 'fulfil',
  fulfill: 'fulfil',
  delivery: 'deliv',
  deliveries: 'deliv',
  saas: 'saas',
  analysis: 'analys',
  cost: 'cost',
  costs: 'cost',
};

/** Tried in order, longest first; a rule applies only if `keep` letters remain. */
const SUFFIXES: readonly { readonly suffix: string; readonly replace: string; readonly keep: number }[] = [
  { suffix: 'ization', replace: 'ize', keep: 3 },
  { suffix: 'ability', replace: '', keep: 4 },
  { suffix: 'ibility', replace: '', keep: 3 },
  { suffix: 'ement', replace: '', keep: 4 },
  { suffix: 'ness', replace: '', keep: 4 },
  { suffix: 'able', replace: '', keep: 4 },
  { suffix: 'ing', replace: '', keep: 3 },
  { suffix: 'ion', replace: '', keep: 4 },
  { suffix: 'ity', replace: '', keep: 4 },
  { suffix: 'ed', replace: '', keep: 3 },
  { suffix: 'ly', replace: '', keep: 4 },
  { suffix: 'er', replace: '', keep: 4 },
];

/** The stem of one lower-case word. Pure and total: any string gives a string. */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  let w = britishToAmerican(singular(word));
  const afterPlural = IRREGULAR[w];
  if (afterPlural !== undefined) return afterPlural;
  // Two passes join chains such as "engineering" → "engineer" → "engine".
  for (let pass = 0; pass < 2; pass++) {
    const rule = SUFFIXES.find((r) => w.endsWith(r.suffix) && w.length - r.suffix.length >= r.keep);
    if (!rule) break;
    w = w.slice(0, w.length - rule.suffix.length) + rule.replace;
  }
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length >= 5 && w.endsWith('y')) w = w.slice(0, -1);
  return w;
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** "utilisation" and "utilization" are one word; so are "recognised" and "recognized". */
function britishToAmerican(word: string): string {
  return word.replace(/is(ation|e|ed|ing)$/, 'iz$1');
}

/**
 * Tokens of a text, in order, without stopwords. A hyphenated word yields its parts and
 * the joined form ("go-to" → go, to, goto; "e-commerce" → e, commerce, ecommerce), so
 * either spelling matches.
 */
export function tokenize(text: string): readonly Token[] {
  const tokens: Token[] = [];
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu);
  for (const compound of words ?? []) {
    const parts = compound.split(/[-'’]/).filter((part) => part.length > 0);
    const forms = parts.length > 1 && !/['’]/.test(compound) ? [...parts, parts.join('')] : [parts.join('')];
    for (const word of forms) {
      if (word.length < 2 || STOPWORDS.has(word)) continue;
      tokens.push({ stem: stem(word), word: compound });
    }
  }
  return tokens;
}

/** The distinct stems of a text, first occurrence first. */
export function stemsOf(text: string): readonly string[] {
  return [...new Set(tokenize(text).map((token) => token.stem))];
}
