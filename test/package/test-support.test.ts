import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One convention for test helpers (CONTRIBUTING.md): they live in a `test-support/` folder
 * beside the code they serve, which the build never compiles, and only tests import them.
 * This walks the shipped sources, so a helper that would land in `dist/` fails here.
 */
const root = join(import.meta.dirname, '..', '..');

function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : shippedSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const TEST_ONLY = /from '(vitest|fast-check|@playwright\/test)'|from '[^']*\/test-support\//;

describe('test helpers never ship', () => {
  it('no shipped source in src/ imports vitest, fast-check or a test-support folder', () => {
    const offenders = shippedSources(join(root, 'src'))
      .filter((file) => TEST_ONLY.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  // The bundle's source maps name every file it holds; read them when a build is present.
  it.skipIf(!existsSync(join(root, 'dist', 'cli', 'main.js')))(
    'the build leaves test-support folders and tests out of dist/',
    () => {
      const bundled = readdirSync(join(root, 'dist', 'cli'))
        .filter((name) => name.endsWith('.js.map'))
        .flatMap((name) => {
          const map = JSON.parse(readFileSync(join(root, 'dist', 'cli', name), 'utf8')) as {
            sources: string[];
          };
          return map.sources;
        });
      expect(bundled.some((source) => source.endsWith('src/cli/main.ts'))).toBe(true);
      expect(
        bundled.filter((source) =>
          /test-support\/|\.test\.tsx?$|node_modules\/(vitest|fast-check)\//.test(source),
        ),
      ).toEqual([]);
    },
  );
});
