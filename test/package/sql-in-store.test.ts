import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * SQL lives in `src/store` only (docs/ARCHITECTURE.md): services, routes and commands call
 * repository functions. Lint cannot see a query builder's method calls, so this walks the
 * shipped sources for them.
 */
const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql`|from 'kysely';/;

describe('SQL stays in the store', () => {
  it('no shipped source outside src/store builds a query or imports a Kysely value', () => {
    const offenders = ['core', 'workspace', 'service', 'server', 'cli']
      .flatMap((layer) => sources(join(root, 'src', layer)))
      .filter((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          // `import type { Kysely } from 'kysely'` names a type: no SQL.
          .some((line) => QUERY.test(line) && !line.startsWith('import type')),
      )
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
