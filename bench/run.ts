/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (or the ones named on the
 * command line, e.g. `npm run bench -- engine`) in its own process, so one
 * benchmark's heap and JIT state never colours the next.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n## ${file.replace('.bench.ts', '')}\n\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (files.length === 0) process.stdout.write('No benchmark matched.\n');
process.exitCode = failed > 0 ? 1 : 0;
