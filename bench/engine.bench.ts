/**
 * The engine on a large workspace: 1,000 KPIs × 365 daily points and 500 objectives × 4
 * KRs with weekly check-ins, every KR linked to a KPI so the report carries 2,000 impact
 * verdicts (issue #14). Goal: evaluateWorkspace under 100 ms.
 */
import { loadavg } from 'node:os';
import { runCoach } from '../src/core/coach/run-coach.js';
import { evaluateWorkspace } from '../src/core/evaluate.js';
import { evaluateRecords } from '../src/core/evaluation.js';
import { prepareKpi } from '../src/core/kpi/prepared-kpi.js';
import { krDirection, krImpact } from '../src/core/loop/impact.js';
import { spanOf } from '../src/core/okr/expected-progress.js';
import { generateWorkspace } from './generate-workspace.js';
import { printTiming, time } from './measure.js';

const { workspace, asOf } = generateWorkspace({ linkEvery: 1 });
const points = workspace.kpis.reduce((n, k) => n + k.points.length, 0);
const krs = workspace.objectives.reduce((n, o) => n + o.keyResults.length, 0);
process.stdout.write(
  `workspace: ${workspace.kpis.length} KPIs, ${points} points, ${workspace.objectives.length} objectives, ${krs} KRs\n`,
);

const report = evaluateWorkspace(workspace, asOf);
const impacts = report.objectives.flatMap((o) =>
  o.keyResults.flatMap((kr) => (kr.impact ? [kr.impact] : [])),
);
const verdicts = new Map<string, number>();
for (const impact of impacts) verdicts.set(impact.verdict, (verdicts.get(impact.verdict) ?? 0) + 1);
process.stdout.write(
  `report: ${report.kpis.length} KPIs, ${report.objectives.length} objectives, ${report.findings.length} findings, ${impacts.length} impact verdicts (${[...verdicts].map(([v, n]) => `${v} ${n}`).join(', ')})\n`,
);

// The figure means little without the machine's load: measure at a load under 2.
process.stdout.write(`load average (1 min) at start: ${(loadavg()[0] ?? 0).toFixed(2)}\n`);
printTiming(await time('evaluateWorkspace', () => evaluateWorkspace(workspace, asOf), 20, 5), 100);
printTiming(
  await time('  evaluateRecords (KPIs + OKRs + loop)', () => evaluateRecords(workspace, asOf), 20, 3),
);
const evaluation = evaluateRecords(workspace, asOf);
printTiming(
  await time('  runCoach (given the evaluation)', () => runCoach(workspace, asOf, evaluation), 20, 3),
);

// The impact verdicts alone: every KPI-linked KR's windows and Hodges–Lehmann interval.
const prepared = new Map(workspace.kpis.map((k) => [k.id, prepareKpi(k)]));
const spans = new Map(workspace.cycles.map((c) => [c.id, spanOf(c)]));
const linked = workspace.objectives.flatMap((o) =>
  o.keyResults.flatMap((kr) => {
    const kpi = prepared.get(kr.kpi ?? '');
    const span = spans.get(o.cycle);
    return kpi && span ? [{ kr, kpi, span }] : [];
  }),
);
printTiming(
  await time(
    `  ${linked.length} impact verdicts alone`,
    () => {
      for (const { kr, kpi, span } of linked) {
        krImpact(kpi, span, kr.checkIns[0]?.at, asOf, krDirection(kr.baseline, kr.target, kpi.kpi.healthy));
      }
    },
    20,
    3,
  ),
);
process.stdout.write(`load average (1 min) at end: ${(loadavg()[0] ?? 0).toFixed(2)}\n`);
