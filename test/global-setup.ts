import { skippedBanner, skippedSuites } from './skipped-suites.js';

/** Says loudly, before anything runs, which suites this machine will skip. */
export default function setup(): void {
  process.stderr.write(skippedBanner(skippedSuites()));
}
