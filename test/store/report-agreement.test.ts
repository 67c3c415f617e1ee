import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateWorkspace } from '../../src/core/evaluate.js';
import { endOfDate } from '../../src/core/time.js';
import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { loadWorkspace } from '../../src/service/workspace-load.service.js';
import { parseWorkspace } from '../../src/workspace/index.js';
import { testDialects } from './databases.js';

const examplesDir = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(examplesDir).filter((f) => /\.ya?ml$/.test(f));
const asOf = endOfDate('2026-11-23') as number;

// Issue 4: `ratchet report` agrees between the file, SQLite and PostgreSQL.
describe.each(testDialects())('the report from $name', ({ open }) => {
  it.each(examples)('%s reports the same as the file it came from', async (file) => {
    const ws = parseWorkspace(readFileSync(join(examplesDir, file), 'utf8'), file).workspace;
    if (!ws) throw new Error(`example ${file} does not parse`);
    const store = await open();
    await importWorkspace(store, ws, { actor: 'cli:test', at: Date.UTC(2026, 10, 23) });
    const fromStore = evaluateWorkspace(await loadWorkspace(store, ws.name), asOf);
    expect(fromStore).toStrictEqual(evaluateWorkspace(ws, asOf));
  });
});
