import { describe, expect, it } from 'vitest';
import { type Expected, STATEMENT_FIXTURES } from './fixtures.js';
import { parseStatement } from './parse-statement.js';
import type { StatementReading } from './statement.types.js';

const COMPARED = [
  'kind',
  'direction',
  'baseline',
  'target',
  'low',
  'high',
  'current',
  'change',
  'unit',
] as const;
const OPTIONAL = ['metric', 'due'] as const;

function sameNumber(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-6 : a === b;
}

function same(actual: unknown, expected: unknown): boolean {
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const a = actual as { amount: number; relative: boolean };
    const e = expected as { amount: number; relative: boolean };
    return sameNumber(a.amount, e.amount) && a.relative === e.relative;
  }
  return sameNumber(actual, expected);
}

/** The fields where the reading differs from the expectation, as "field: got X, want Y". */
function differences(reading: StatementReading, expected: Expected): string[] {
  const out: string[] = [];
  for (const field of COMPARED) {
    const want = expected[field] ?? null;
    if (!same(reading[field], want))
      out.push(`${field}: got ${JSON.stringify(reading[field])}, want ${JSON.stringify(want)}`);
  }
  for (const field of OPTIONAL) {
    if (!(field in expected)) continue;
    const want = expected[field] ?? null;
    if (reading[field] !== want)
      out.push(`${field}: got ${JSON.stringify(reading[field])}, want ${JSON.stringify(want)}`);
  }
  return out;
}

describe('the statement fixtures', () => {
  it('holds at least 220 statements, every article example among them', () => {
    expect(STATEMENT_FIXTURES.length).toBeGreaterThanOrEqual(220);
    expect(new Set(STATEMENT_FIXTURES.map(([s]) => s)).size).toBe(STATEMENT_FIXTURES.length);
  });

  it('are read correctly at least 98% of the time (accuracy and misses are printed)', () => {
    const misses: string[] = [];
    for (const [statement, expected] of STATEMENT_FIXTURES) {
      const diff = differences(parseStatement(statement), expected);
      if (diff.length > 0) misses.push(`  ✗ "${statement}"\n      ${diff.join('\n      ')}`);
    }
    const total = STATEMENT_FIXTURES.length;
    const correct = total - misses.length;
    const accuracy = (100 * correct) / total;
    console.log(`statement parser accuracy: ${correct}/${total} (${accuracy.toFixed(1)}%)`);
    if (misses.length > 0) console.log(`statement parser misses:\n${misses.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(98);
  });
});
