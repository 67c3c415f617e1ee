import { verbClass } from './lexicon.js';

/**
 * Words that say what a number is an example of, or how a metric is defined, carry no
 * value of the statement: "80% – 90% (SaaS is typically higher, e.g., 85%+)" is the range
 * 80–90%; "99.9% success rate … where success rate is calculated as … multiplied by 100"
 * is 99.9%. A clause about another measure after the statement's numbers (", which is a 28%
 * QoQ growth", ", with participation rates above 80%") and a bracket with a change of its own
 * ("Achieve 90% success rate (reduce failures from 30% to 10%)") go too. Such asides are
 * blanked before the statement is read.
 */
const EXAMPLE = /\b(?:e\.\s?g\.|eg\.|for example|for instance|i\.\s?e\.)[,:]?/gi;
const ASIDE_END = /[);]/g;
const DEFINITION = /\b(?:where|calculated as|defined as|measured as|computed as)\b/i;
/** "…, which is a 28% QoQ growth", "…, of which 60% …", "…, with participation above 80%". */
const TRAILING_CLAUSE = /,\s*(?:which|of which|with)\b/i;
/** "(reduce failures from 30% to 10%)": a bracket that opens with a change verb. */
const CHANGE_BRACKET = /\(\s*([a-z]+)\b[^()]*\d[^()]*\)/gi;

function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]);
}

export function withoutAsides(text: string): string {
  let out = text;
  for (const match of text.matchAll(EXAMPLE)) {
    const start = match.index ?? 0;
    ASIDE_END.lastIndex = start;
    const end = ASIDE_END.exec(text)?.index ?? text.length;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  // A definition after the statement's first number: "…, where X is calculated as …".
  const definition = DEFINITION.exec(out);
  if (definition && /\d/.test(out.slice(0, definition.index))) out = out.slice(0, definition.index);
  // A clause after the statement's numbers, about another measure.
  const clause = TRAILING_CLAUSE.exec(out);
  if (clause && /\d/.test(out.slice(0, clause.index))) out = out.slice(0, clause.index);
  // A bracket with its own change, beside the statement's own number, is about another measure,
  // unless it ends where the statement does ("Achieve <1% error rate (reduce from 2.5% to <1%)").
  for (const match of out.matchAll(CHANGE_BRACKET)) {
    const cls = verbClass(match[1] ?? '');
    const start = match.index ?? 0;
    const outside = numbersIn(out.slice(0, start) + out.slice(start + match[0].length));
    const lands = numbersIn(match[0]).at(-1);
    if ((cls === 'up' || cls === 'down') && outside.length > 0 && !outside.includes(lands ?? ''))
      out = out.slice(0, start) + ' '.repeat(match[0].length) + out.slice(start + match[0].length);
  }
  return out;
}
