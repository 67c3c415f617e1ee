/**
 * Runs the CLI from the TypeScript sources (no `tsc` build), for working on the web app
 * while the server is changing: `RATCHET_E2E_RATCHET="node --import tsx e2e/ratchet-from-source.ts"`.
 */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
