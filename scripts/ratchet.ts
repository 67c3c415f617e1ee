/** Runs the CLI from source, for development: `npx tsx scripts/ratchet.ts report …`. */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
