import { parseInstant } from '../../core/time.js';
import { SourceRunError } from './source-run-error.js';

export interface SourcePoint {
  readonly at: number;
  readonly value: number;
}

/**
 * The points an HTTP source's JSONata gives: one number (at the `at` expression's
 * instant, else the run's), or a list of `{at, value}` rows for a backfill. Anything
 * else — text, nothing, a list of bare numbers — is an error that says what came back.
 */
export async function extractPoints(
  body: unknown,
  valueExpression: string,
  atExpression: string | undefined,
  now: number,
): Promise<SourcePoint[]> {
  const value = await evaluate(valueExpression, body, 'value');
  if (Array.isArray(value) && value.length > 0 && value.every((row) => isRow(row))) {
    return value.map((row, i) => toPoint(row.at, row.value, now, `row ${i + 1}`));
  }
  if (typeof value !== 'number')
    throw new SourceRunError(`the value expression ${describe(value)}, not a number${hint(value)}`);
  const at = atExpression === undefined ? now : await evaluate(atExpression, body, 'at');
  return [toPoint(at, value, now, 'the document')];
}

/** A row from a source (JSON or SQL) as a point, or an error naming the row. */
export function toPoint(at: unknown, value: unknown, now: number, where: string): SourcePoint {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new SourceRunError(`${where}: the value ${describe(value)}, not a finite number`);
  }
  const instant = toInstant(at);
  if (instant === undefined) {
    throw new SourceRunError(
      `${where}: the instant ${describe(at)}; give a date like 2026-11-30, an ISO time with offset, or epoch milliseconds`,
    );
  }
  if (instant > now + 86_400_000)
    throw new SourceRunError(`${where}: the instant ${new Date(instant).toISOString()} is in the future`);
  return { at: instant, value: number };
}

function toInstant(at: unknown): number | undefined {
  if (at instanceof Date) return Number.isNaN(at.getTime()) ? undefined : at.getTime();
  if (typeof at === 'number' && Number.isSafeInteger(at)) return at;
  if (typeof at === 'string')
    return (
      parseInstant(at) ??
      (/^\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d+)?)?$/.test(at)
        ? Date.parse(`${at.replace(' ', 'T')}Z`)
        : undefined)
    );
  return undefined;
}

async function evaluate(expression: string, body: unknown, field: string): Promise<unknown> {
  // Loaded with the first source that maps its answer: most servers have none.
  const { default: jsonata } = await import('jsonata');
  try {
    const result: unknown = await jsonata(expression).evaluate(body);
    // JSONata marks its sequences; a plain copy reads like any other array.
    return Array.isArray(result) ? [...result] : result;
  } catch (error) {
    const message = (error as { message?: string }).message ?? String(error);
    throw new SourceRunError(`the ${field} expression failed: ${message}`);
  }
}

function isRow(row: unknown): row is { at: unknown; value: unknown } {
  return row !== null && typeof row === 'object' && 'value' in row && 'at' in row;
}

function describe(value: unknown): string {
  if (value === undefined) return 'gives nothing (the path matches nothing in the document)';
  if (value === null) return 'gives null';
  if (typeof value === 'string')
    return `gives the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (Array.isArray(value)) return `gives a list of ${value.length}`;
  if (typeof value === 'object') return 'gives an object';
  return `gives ${String(value)}`;
}

function hint(value: unknown): string {
  if (typeof value === 'string' && Number.isFinite(Number(value))) return '; wrap it in $number(…)';
  if (Array.isArray(value))
    return '; pick one element (e.g. [-1] for the last) or give rows of {"at": …, "value": …}';
  return '';
}
