#!/usr/bin/env node
// The published entry: the CLI compiled by `npm run build` (run by `prepare` on install).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
