import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCoach } from '../core/coach/run-coach.js';
import { draftOkrFromKpi } from '../core/loop/draft-okr.js';
import type { Objective, Workspace } from '../core/model.js';
import { parseStatement } from '../core/statement/index.js';
import { endOfDate, toIsoDate } from '../core/time.js';
import { parseWorkspace } from './parse-workspace.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.yaml'));

/** Every other week from a month before the first cycle to a month after the last. */
function asOfDates(ws: Workspace): number[] {
  const starts = ws.cycles.map((c) => c.start).sort();
  const ends = ws.cycles.map((c) => c.end).sort();
  const from = (endOfDate(starts[0] ?? '2026-01-01') ?? 0) - 30 * 86_400_000;
  const to = (endOfDate(ends.at(-1) ?? '2026-12-31') ?? 0) + 30 * 86_400_000;
  const out: number[] = [];
  for (let t = from; t <= to; t += 14 * 86_400_000) out.push(t);
  return out;
}

/**
 * Every OKR Ratchet drafts for the workspace's KPIs as of the instant, back to healthy and
 * the stretch that raises the floor, each under its own ids.
 */
function drafts(ws: Workspace, asOf: number): Objective[] {
  return ws.kpis.flatMap((kpi) =>
    [false, true].flatMap((stretch) => {
      const id = `draft-${stretch ? 'stretch-' : ''}${kpi.id}`;
      const draft = draftOkrFromKpi(ws, kpi.id, asOf, {
        ids: { objective: id, keyResult: `${id}-kr` },
        stretch,
      });
      return draft.ok ? [draft.objective] : [];
    }),
  );
}

const TEXT_RULES_ON_KRS = ['kr-is-task', 'kr-is-kpi'] as const;

describe.each(files)('the coach on %s', (file) => {
  const { workspace } = parseWorkspace(readFileSync(join(EXAMPLES, file), 'utf8'), file);
  if (!workspace) throw new Error(`${file} does not parse`);
  const dates = asOfDates(workspace);

  it('never flags an OKR that Ratchet drafted, stretch or not, on any date', () => {
    let drafted = 0;
    for (const asOf of dates) {
      const own = drafts(workspace, asOf);
      drafted += own.length;
      const ids = new Set(own.flatMap((o) => [o.id, ...o.keyResults.map((kr) => kr.id)]));
      const ws = { ...workspace, objectives: [...workspace.objectives, ...own] };
      const onDrafts = runCoach(ws, asOf).filter((f) => ids.has(f.ref));
      expect(onDrafts.map((f) => `${toIsoDate(asOf)} ${f.ref}: ${f.rule}`)).toEqual([]);
    }
    // The examples breach KPIs on purpose: the test must have drafted something to mean anything.
    if (file !== 'freelancer.yaml') expect(drafted).toBeGreaterThan(0);
  });

  it('never contradicts itself or the parser on a title, on any date', () => {
    for (const asOf of dates) {
      const findings = runCoach(workspace, asOf);
      const rulesOn = (ref: string) => new Set(findings.filter((f) => f.ref === ref).map((f) => f.rule));
      const day = toIsoDate(asOf);
      for (const o of workspace.objectives) {
        const coachSays = rulesOn(o.id).has('objective-is-metric');
        if (coachSays) {
          const parser = parseStatement(`Objective: ${o.title}`, day).findings.map((f) => f.rule);
          expect(parser, `${day} ${o.id}`).toContain('objective-is-metric');
        }
        for (const kr of o.keyResults) {
          const rules = rulesOn(kr.id);
          expect(rules.has('kr-is-kpi') && rules.has('kr-binary'), `${day} ${kr.id}`).toBe(false);
          const improves = kr.baseline !== undefined && kr.target !== undefined && kr.baseline !== kr.target;
          if (improves) expect(rules.has('kr-is-kpi'), `${day} ${kr.id}`).toBe(false);
          const parser = new Set(parseStatement(kr.title, day).findings.map((f) => f.rule));
          for (const rule of TEXT_RULES_ON_KRS) {
            if (rules.has(rule)) expect(parser.has(rule), `${day} ${kr.id} ${rule}`).toBe(true);
          }
        }
      }
    }
  });
});
