/**
 * The engine on a large workspace: 1,000 KPIs × 365 daily points and 500 objectives × 4
 * KRs with weekly check-ins (a quarter of them KPI-linked). Goal: evaluateWorkspace
 * under 100 ms.
 */
import { runCoach } from '../src/core/coach/run-coach.js';
import { evaluateWorkspace } from '../src/core/evaluate.js';
import { evaluateRecords } from '../src/core/evaluation.js';
import { generateWorkspace } from './generate-workspace.js';
import { printTiming, time } from './measure.js';

const { workspace, asOf } = generateWorkspace();
const points = workspace.kpis.reduce((n, k) => n + k.points.length, 0);
const krs = workspace.objectives.reduce((n, o) => n + o.keyResults.length, 0);
process.stdout.write(
  `workspace: ${workspace.kpis.length} KPIs, ${points} points, ${workspace.objectives.length} objectives, ${krs} KRs\n`,
);

const report = evaluateWorkspace(workspace, asOf);
process.stdout.write(
  `report: ${report.kpis.length} KPIs, ${report.objectives.length} objectives, ${report.findings.length} findings\n`,
);

printTiming(await time('evaluateWorkspace', () => evaluateWorkspace(workspace, asOf), 20, 5), 100);
printTiming(
  await time('  evaluateRecords (KPIs + OKRs + loop)', () => evaluateRecords(workspace, asOf), 20, 3),
);
const evaluation = evaluateRecords(workspace, asOf);
printTiming(
  await time('  runCoach (given the evaluation)', () => runCoach(workspace, asOf, evaluation), 20, 3),
);
