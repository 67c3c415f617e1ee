import * as z from 'zod';
import type { PathSegment } from './diagnostic.js';
import { didYouMean, didYouMeanHint } from './did-you-mean.js';
import { describeValue, type Finding, valueAt } from './finding.js';
import { SUPPORTED_VERSION } from './workspace-file.schema.js';

/**
 * Rewrites zod's issues as findings a person can act on: what was expected, what the
 * file says, and the likely fix ("write 4 without quotes", "did you mean healthy?").
 */
export function findingsFromSchema(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
): Finding[] {
  return issues.flatMap((issue): Finding[] => {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => unknownField([...path, key], fieldsAt(schema, path)));
      case 'invalid_type':
        return [error(path, describeWrongType(issue.expected, value))];
      case 'invalid_value':
        return [error(path, describeWrongValue(path, issue.values, value))];
      default:
        return [error(path, issue.message)];
    }
  });
}

function error(path: readonly PathSegment[], message: string): Finding {
  return { path, message, severity: 'error' };
}

function unknownField(path: readonly PathSegment[], known: readonly string[]): Finding {
  const key = String(path[path.length - 1]);
  const guess = didYouMean(key, known);
  const hint =
    guess !== undefined
      ? `did you mean ${JSON.stringify(guess)}?`
      : `the fields here are ${known.join(', ')}`;
  return { path, message: `unknown field; ${hint}`, severity: 'error', target: 'key' };
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
};

function describeWrongType(expected: string, value: unknown): string {
  const wanted = EXPECTED_WORDS[expected] ?? expected;
  if (value === undefined) return `missing; it is required (${wanted})`;
  return `expected ${wanted}, got ${describeValue(value)}${fixFor(expected, value)}`;
}

function fixFor(expected: string, value: unknown): string {
  if (expected === 'number' && typeof value === 'string' && isNumeral(value)) {
    return `; write ${value.trim()} without quotes`;
  }
  if (expected === 'boolean' && (value === 'true' || value === 'false')) {
    return `; write ${value} without quotes`;
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `; put it in quotes if it is meant as text: "${String(value)}"`;
  }
  return '';
}

function describeWrongValue(
  path: readonly PathSegment[],
  allowed: readonly unknown[],
  value: unknown,
): string {
  if (path.length === 1 && path[0] === 'version') {
    if (value === undefined) return `missing; start the file with "version: ${SUPPORTED_VERSION}"`;
    const quoted = typeof value === 'string' && Number(value) === SUPPORTED_VERSION;
    return quoted
      ? `write ${SUPPORTED_VERSION} without quotes`
      : `version ${describeValue(value)} is not supported; this Ratchet reads version ${SUPPORTED_VERSION} workspace files`;
  }
  const names = allowed.map(String);
  if (value === undefined) return `missing; it is required (one of ${names.join(', ')})`;
  const hint = typeof value === 'string' ? didYouMeanHint(value, names) : '';
  return `expected one of ${names.join(', ')}, got ${describeValue(value)}${hint}`;
}

function isNumeral(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text));
}

/** The field names a strict object accepts at a document path, for did-you-mean. */
function fieldsAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = unwrap(current.element as z.ZodType);
    } else if (current instanceof z.ZodObject && typeof segment === 'string') {
      const field: z.ZodType | undefined = (current.shape as Record<string, z.ZodType | undefined>)[segment];
      current = field === undefined ? undefined : unwrap(field);
    } else {
      return [];
    }
  }
  if (current instanceof z.ZodUnion) {
    // A source: the fields of every kind, so a typo still finds its neighbour.
    const options = current.options as readonly z.ZodType[];
    return [...new Set(options.flatMap((o) => (o instanceof z.ZodObject ? Object.keys(o.shape) : [])))];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}
