#!/usr/bin/env node
// Builds the CLI and server into dist/cli/ as one esbuild bundle, split per command: each
// `ratchet <command>` loads the chunks it imports and nothing else, in a handful of files
// instead of hundreds of ESM modules (issue 15: start-up speed).
//
// Every chunk lands in dist/cli/ itself, two folders below the package root, as
// src/<layer>/<file>.ts is: paths made from import.meta.url ('../../web/dist',
// '../../examples') resolve the same from the sources and from the bundle.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/**
 * Pure-JS packages on the start-up path, bundled (and tree-shaken) into the chunks.
 * Every other dependency stays an import of node_modules at run time: the native ones
 * (better-sqlite3, @node-rs/argon2), the ones that load files of their own (pino's
 * worker transports), and the heavy ones each feature loads on first use (pg, pg-boss,
 * nodemailer, openid-client, mathjs, jsonata, croner, and `yaml`, which only a file with
 * something to report or a file being written needs).
 */
const BUNDLED = new Set([
  'commander',
  'zod',
  'js-yaml',
  'kysely',
  'hono',
  '@hono/zod-openapi',
  '@hono/node-server',
  'picocolors',
  'csv-parse',
  'csv-stringify',
]);

/**
 * zod's namespace re-exports every locale (366 kB, about a third of the start-up path of
 * `report` and `check`); the server's `z` object keeps them all live. Ratchet speaks
 * English only (zod's default, which zod imports from `locales/en.js` itself), so the
 * bundle's `z.locales` holds `en` alone.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en-only.js'), namespace: 'english-only-zod' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'english-only-zod' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies).filter((name) => !BUNDLED.has(name));

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  sourcemap: true,
  legalComments: 'linked',
  // Bundled CommonJS packages (commander, yaml) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __ratchetRequire } from 'node:module'; const require = __ratchetRequire(import.meta.url);",
  },
  // Whitespace and syntax only: a third fewer bytes to read and parse at every start,
  // while names stay as written for stack traces (the source maps give the lines).
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [englishOnlyZod],
  logLevel: 'warning',
  metafile: process.env.RATCHET_BUILD_META !== undefined,
});
// RATCHET_BUILD_META=<file> keeps esbuild's account of what each chunk holds, for size work.
if (result.metafile) writeFileSync(process.env.RATCHET_BUILD_META, JSON.stringify(result.metafile));
