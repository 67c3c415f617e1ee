/**
 * A KPI name as it reads inside a sentence: "Increase uptime from 99.4% to 99.9%", not
 * "Increase Uptime". Only a capital followed by a lower-case letter is lowered, so
 * acronyms such as CSAT, NPS or MRR keep their capitals.
 */
export function inSentence(name: string): string {
  const first = name.charAt(0);
  const second = name.charAt(1);
  const isWordStart =
    first !== first.toLowerCase() &&
    second !== '' &&
    second === second.toLowerCase() &&
    second !== second.toUpperCase();
  return isWordStart ? first.toLowerCase() + name.slice(1) : name;
}
