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

describe("an objective's parents in the file", () => {
  const file = (parents: string) => `version: 1
workspace: Acme
cycles:
  - {id: q4, start: 2026-10-01, end: 2026-12-31}
objectives:
  - id: grow
    title: Grow
    cycle: q4
    keyResults: []
  - id: keep
    title: Keep customers
    cycle: q4
    keyResults: []
  - id: fast
    title: Reply faster
    cycle: q4
${parents}
    keyResults: []
`;

  it('writes one parent as `parent:`, so a file written before several parents reads back byte for byte', () => {
    const text = file('    parent: grow');
    const { workspace } = parseWorkspace(text, 'goals.yaml');
    expect(workspace?.objectives[2]?.parents).toEqual(['grow']);
    expect(workspace && serializeWorkspace(workspace, 'yaml')).toBe(text);
  });

  it('writes several parents as a `parents:` list, in the order given', () => {
    const text = file('    parents:\n      - keep\n      - grow');
    const { workspace } = parseWorkspace(text, 'goals.yaml');
    expect(workspace?.objectives[2]?.parents).toEqual(['keep', 'grow']);
    expect(workspace && serializeWorkspace(workspace, 'yaml')).toBe(text);
  });

  it('reads a one-item `parents:` list as that one parent', () => {
    const { workspace } = parseWorkspace(file('    parents: [keep]'), 'goals.yaml');
    expect(workspace && serializeWorkspace(workspace, 'yaml')).toBe(file('    parent: keep'));
  });
});
