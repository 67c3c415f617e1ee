#!/usr/bin/env node
// `npm install` runs `prepare`, and so does every `npx ratchet …` in a clone (npm exec
// installs the project itself): build only when the sources are newer than the last
// build, so the first npx call answers at once instead of rebuilding for 16-19 s.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.built';
const INPUTS = [
  'src',
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'tsconfig.json',
  'scripts/build-cli.mjs',
  'package.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const builtAt = existsSync(STAMP) && existsSync('web/dist') ? statSync(STAMP).mtimeMs : 0;
if (builtAt > 0 && INPUTS.every((input) => newest(input) <= builtAt)) {
  console.log('ratchet: dist/ and web/dist/ are up to date with the sources; nothing to build.');
} else {
  execSync('npm run build', { stdio: 'inherit' });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
