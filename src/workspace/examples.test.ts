import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../core/time.js';
import { parseWorkspace } from './parse-workspace.js';
import { serializeWorkspace } from './serialize-workspace.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.yaml'));
const REPORT_DAY = parseInstant('2026-11-23') ?? 0;

describe('the example workspaces', () => {
  it('are the five the docs promise', () => {
    expect(files.sort()).toEqual([
      'agency.yaml',
      'ecommerce.yaml',
      'freelancer.yaml',
      'saas.yaml',
      'support-team.yaml',
    ]);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const { workspace, diagnostics } = parseWorkspace(text, file);

    it('parses without a single diagnostic', () => {
      expect(diagnostics).toEqual([]);
      expect(workspace).toBeDefined();
    });

    it('survives a round trip through YAML and JSON unchanged', () => {
      if (!workspace) throw new Error(`${file} did not parse`);
      for (const format of ['yaml', 'json'] as const) {
        expect(parseWorkspace(serializeWorkspace(workspace, format), file).workspace).toEqual(workspace);
      }
    });

    it('has a current cycle, KPI history up to the report day, decisions and KPI-linked key results', () => {
      if (!workspace) throw new Error(`${file} did not parse`);
      expect(workspace.cycles.map((c) => c.id)).toContain('2026-q4');
      const latest = Math.max(...workspace.kpis.flatMap((k) => k.points.map((p) => p.at)));
      expect(latest).toBeGreaterThanOrEqual(REPORT_DAY - 7 * 86_400_000);
      expect(workspace.decisions.length).toBeGreaterThan(0);
      const linked = workspace.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.kpi !== undefined);
      expect(linked.length).toBeGreaterThan(0);
      expect(workspace.initiatives.length).toBeGreaterThan(0);
    });
  });

  it('marks only the freelancer workspace as a freelancer, with 3–5 KPIs and one objective a quarter', () => {
    const parsed = files.map(
      (file) => parseWorkspace(readFileSync(join(EXAMPLES, file), 'utf8'), file).workspace,
    );
    const freelancers = parsed.filter((ws) => ws?.freelancer);
    expect(freelancers.map((ws) => ws?.name)).toEqual(['Sofia Reyes Studio']);
    const sofia = freelancers[0];
    expect(sofia?.kpis.length).toBeGreaterThanOrEqual(3);
    expect(sofia?.kpis.length).toBeLessThanOrEqual(5);
    expect(sofia?.objectives.filter((o) => o.cycle === '2026-q4')).toHaveLength(1);
  });
});

describe('the example in docs/workspace-file.md', () => {
  it('parses without a single diagnostic', () => {
    const doc = readFileSync(join(EXAMPLES, '../docs/workspace-file.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const { workspace, diagnostics } = parseWorkspace(example, 'workspace-file.md');
    expect(diagnostics).toEqual([]);
    expect(workspace?.objectives[0]?.keyResults.map((kr) => kr.id)).toEqual([
      'kr-response-time',
      'kr-macros',
    ]);
  });
});
