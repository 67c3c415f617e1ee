import type { Reporter, TestModule } from 'vitest/node';
import { skippedBanner, skippedSuites } from './skipped-suites.js';

/**
 * Ends `npm test` with the skipped suites (again, so they cannot scroll away) and one
 * plain closing line, `vitest: N passed, N failed, N skipped`, that CI logs can read.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    process.stdout.write(skippedBanner(skippedSuites()));
    process.stdout.write(
      `vitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  }
}
