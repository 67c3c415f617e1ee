import { type FormatOptions, formatValue } from '../format.js';

/** The numbers a key result's title can quote. */
export interface KrNumbers {
  readonly baseline?: number | undefined;
  readonly target?: number | undefined;
  readonly unit?: string | undefined;
}

/**
 * The title Ratchet writes for a key result from its numbers: "Reduce first response time
 * from 6 h to 4 h" (domain.md, "Drafted OKR from a KPI"). The verb follows the direction.
 */
export function generatedKrTitle(
  subject: string,
  numbers: { readonly baseline: number; readonly target: number; readonly unit?: string | undefined },
  format: FormatOptions = {},
): string {
  const verb = numbers.target < numbers.baseline ? 'Reduce' : 'Increase';
  return `${verb} ${subject} ${fromTo(numbers.baseline, numbers.target, numbers.unit, format)}`;
}

/**
 * The title after the numbers change (issue 9: an edited target left "…to 4 h" behind).
 * A title Ratchet generated from the old numbers is generated again from the new ones;
 * a title a person wrote is theirs and is kept as it is. "Generated" means exactly the
 * text `generatedKrTitle` gives for the old numbers, whatever the subject.
 */
export function followedKrTitle(
  title: string,
  before: KrNumbers,
  after: KrNumbers,
  format: FormatOptions = {},
): string {
  const subject = generatedSubject(title, before, format);
  if (subject === undefined) return title;
  const { baseline, target } = after;
  if (baseline === undefined || target === undefined || baseline === target) return title;
  return generatedKrTitle(subject, { baseline, target, unit: after.unit }, format);
}

/** The subject of a title generated from these numbers, or undefined when a person wrote it. */
function generatedSubject(title: string, numbers: KrNumbers, format: FormatOptions): string | undefined {
  const { baseline, target, unit } = numbers;
  if (baseline === undefined || target === undefined || baseline === target) return undefined;
  const verb = target < baseline ? 'Reduce' : 'Increase';
  const head = `${verb} `;
  const tail = ` ${fromTo(baseline, target, unit, format)}`;
  if (!title.startsWith(head) || !title.endsWith(tail) || title.length <= head.length + tail.length) {
    return undefined;
  }
  const subject = title.slice(head.length, title.length - tail.length);
  return subject.trim() === subject ? subject : undefined;
}

function fromTo(baseline: number, target: number, unit: string | undefined, format: FormatOptions): string {
  return `from ${formatValue(baseline, unit, format)} to ${formatValue(target, unit, format)}`;
}
