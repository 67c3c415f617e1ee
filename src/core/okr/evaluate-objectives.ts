import type { PreparedKpi } from '../kpi/prepared-kpi.js';
import type { Cycle, Instant, Objective, Workspace } from '../model.js';
import { childrenOf, manyParents } from '../parent-graph.js';
import type { GradeColour, KrStatus } from '../report.types.js';
import type { CycleSpan } from '../time.js';
import { evaluateKeyResult, type KeyResultEvaluation } from './evaluate-key-result.js';
import { expectedProgress, spanOf } from './expected-progress.js';
import { gradeColour, gradeNote, gradeOf } from './grade.js';
import { type GuardrailState, guardrailStates } from './guardrails.js';
import { progressStatus } from './kr-status.js';
import { weightedProgress } from './weighted-progress.js';

/** Everything the engine knows about one objective as of an instant. */
export interface ObjectiveEvaluation {
  readonly objective: Objective;
  /** `undefined` when the objective names an unknown or invalid cycle. */
  readonly span: CycleSpan | undefined;
  readonly progress: number;
  readonly expected: number;
  readonly status: KrStatus;
  readonly grade: number;
  readonly gradeColour: GradeColour;
  readonly gradeNote: string | undefined;
  readonly keyResults: readonly KeyResultEvaluation[];
  /** The objective's guardrail KPIs, in the order listed. */
  readonly guardrails: readonly GuardrailState[];
}

/**
 * Evaluates every objective of the workspace, in file order. Progress follows
 * domain.md: the weighted mean of the KRs, or, for an objective without KRs, the mean of
 * its aligned children (recursively; a child that supports several parents counts in each). A parent link that loops back is cut where it
 * closes, so a mistaken cycle of parents cannot hang the engine.
 */
export function evaluateObjectives(
  ws: Workspace,
  asOf: Instant,
  kpis: ReadonlyMap<string, PreparedKpi>,
): ObjectiveEvaluation[] {
  const cycles = new Map<string, Cycle>(ws.cycles.map((c) => [c.id, c]));
  const spans = new Map<string, CycleSpan | undefined>();
  const spanFor = (cycleId: string): CycleSpan | undefined => {
    if (!spans.has(cycleId)) spans.set(cycleId, spanOf(cycles.get(cycleId)));
    return spans.get(cycleId);
  };

  const krEvaluations = new Map<string, KeyResultEvaluation[]>();
  for (const o of ws.objectives) {
    const span = spanFor(o.cycle);
    krEvaluations.set(
      o.id,
      o.keyResults.map((kr) => evaluateKeyResult(kr, span, asOf, kpis)),
    );
  }
  const progressOf = objectiveProgressResolver(ws.objectives, krEvaluations);

  return ws.objectives.map((objective) => {
    const span = spanFor(objective.cycle);
    const keyResults = krEvaluations.get(objective.id) ?? [];
    const progress = progressOf(objective.id);
    const expected = span ? expectedProgress(span, asOf) : 0;
    const grade = gradeOf(progress);
    return {
      objective,
      span,
      progress,
      expected,
      status: progressStatus(progress, expected, span !== undefined && asOf < span.start),
      grade,
      gradeColour: gradeColour(grade),
      gradeNote: gradeNote({
        type: objective.type,
        progress,
        keyResultProgress: keyResults.map((k) => k.progress),
        closed: span !== undefined && asOf > span.end,
      }),
      keyResults,
      guardrails: objective.guardrails ? guardrailStates(objective, span, kpis, asOf) : [],
    };
  });
}

/** Memoised progress by objective id, following aligned children for objectives without KRs. */
function objectiveProgressResolver(
  objectives: readonly Objective[],
  krEvaluations: ReadonlyMap<string, readonly KeyResultEvaluation[]>,
): (id: string) => number {
  const children = childrenOf(objectives.map(manyParents));
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const resolve = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const krs = krEvaluations.get(id) ?? [];
    let progress = 0;
    if (krs.length > 0) {
      progress = weightedProgress(krs.map((k) => ({ progress: k.progress, weight: k.keyResult.weight })));
    } else {
      visiting.add(id);
      const kids = (children.get(id) ?? []).filter((c) => !visiting.has(c));
      progress = kids.length === 0 ? 0 : kids.reduce((sum, c) => sum + resolve(c), 0) / kids.length;
      visiting.delete(id);
    }
    memo.set(id, progress);
    return progress;
  };
  return resolve;
}
