/**
 * `npm run openapi`: regenerates the committed `openapi.json` from the server's zod
 * schemas. A test fails when the file is stale, so run this after changing a route.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiJson } from '../src/server/openapi/openapi-json.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(target, await openApiJson());
process.stdout.write(`Wrote ${target}\n`);
