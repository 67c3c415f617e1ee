import type { Reporter, TestModule } from 'vitest/node';
import { skippedBanner, skippedSuites } from './skipped-suites.js';

/**
 * Ends `npm test` with the lines tests asked to show in the summary (the statement
 * parser's scores on its fixtures and on the held-out real-world statements), the skipped
 * suites (again, so they cannot scroll away) and one plain closing line,
 * `vitest: N passed, N failed, N skipped`, that CI logs can read.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const lines: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const line = test.meta().summaryLine;
        if (line) lines.push(line);
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    if (lines.length > 0) process.stdout.write(`\n${lines.join('\n')}\n`);
    process.stdout.write(skippedBanner(skippedSuites()));
    process.stdout.write(
      `vitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  }
}
