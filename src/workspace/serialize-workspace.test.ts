import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './parse-workspace.js';
import { serializeWorkspace } from './serialize-workspace.js';
import { arbitraryWorkspace } from './test-support/arbitrary-workspace.js';

describe('writing a workspace file', () => {
  for (const format of ['yaml', 'json'] as const) {
    it(`reads back every workspace it writes as ${format}, unchanged`, () => {
      fc.assert(
        fc.property(arbitraryWorkspace(), (workspace) => {
          const text = serializeWorkspace(workspace, format);
          const parsed = parseWorkspace(text, `goals.${format}`);
          expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(parsed.workspace).toEqual(workspace);
        }),
        { numRuns: 100 },
      );
    }, 60_000);
  }
});
