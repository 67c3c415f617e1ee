/**
 * Words that say what a number is an example of, or how a metric is defined, carry no
 * value of the statement: "80% – 90% (SaaS is typically higher, e.g., 85%+)" is the range
 * 80–90%; "99.9% success rate … where success rate is calculated as … multiplied by 100"
 * is 99.9%. Such asides are blanked before the statement is read.
 */
const EXAMPLE = /\b(?:e\.\s?g\.|eg\.|for example|for instance|i\.\s?e\.)[,:]?/gi;
const ASIDE_END = /[);]/g;
const DEFINITION = /\b(?:where|calculated as|defined as|measured as|computed as)\b/i;

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
  return out;
}
