import { runCoach } from './coach/run-coach.js';
import { evaluateRecords, type KpiLoopEvaluation } from './evaluation.js';
import type { HeldResult, HeldVerdict } from './loop/held.js';
import type { Instant, Workspace } from './model.js';
import type { KeyResultEvaluation } from './okr/evaluate-key-result.js';
import type { ObjectiveEvaluation } from './okr/evaluate-objectives.js';
import type { BaselineSource } from './okr/kr-baseline.js';
import type { KeyResultReport, KpiReport, ObjectiveReport, Report } from './report.types.js';

/** The report's KPI entry with the loop's signals. */
export interface EngineKpiReport extends KpiReport {
  /** ISO timestamp of the first point of the current breach streak, or null. */
  readonly breachSince: string | null;
  readonly unansweredBreach: boolean;
  readonly noise: boolean;
  /** Verdict on the latest ratchet of the KPI's threshold, or null if never ratcheted. */
  readonly held: HeldVerdict | null;
  /** The watch behind that verdict: since when, until when, when it slipped. */
  readonly heldWatch: HeldWatch | null;
}

/** "Held?" in words a page can show: the verdict with its dates (ISO timestamps). */
export interface HeldWatch {
  readonly verdict: HeldVerdict;
  /** When the healthy range moved to the standard being watched. */
  readonly since: string;
  /** When the watch ends. */
  readonly until: string;
  /** The first point outside the new range, or null while none is. */
  readonly slippedAt: string | null;
  readonly points: number;
  readonly outside: number;
  /** The key result whose achievement justified the move (a ratchet), or null for an edit. */
  readonly keyResult: string | null;
}

export function heldWatch(held: HeldResult): HeldWatch {
  return {
    verdict: held.verdict,
    since: iso(held.change.at),
    until: iso(held.watchUntil),
    slippedAt: held.slippedAt === undefined ? null : iso(held.slippedAt),
    points: held.points,
    outside: held.outside,
    keyResult: held.change.keyResult ?? null,
  };
}

/** The report's KR entry with the numbers it was computed from. */
export interface EngineKeyResultReport extends KeyResultReport {
  /** The KR's baseline, or for a KPI-linked KR without one the KPI's value at the cycle start. */
  readonly baseline: number | null;
  /** `kpi_at_cycle_start` when the baseline was taken from the KPI's history. */
  readonly baselineSource: BaselineSource | null;
  readonly target: number | null;
  readonly unit: string | null;
  readonly kpi: string | null;
  readonly milestone: boolean;
  readonly expected: number;
}

export interface EngineObjectiveReport extends ObjectiveReport {
  readonly owner: string | null;
  readonly team: string | null;
  readonly keyResults: readonly EngineKeyResultReport[];
}

export interface EngineReport extends Report {
  readonly kpis: readonly EngineKpiReport[];
  readonly objectives: readonly EngineObjectiveReport[];
}

/**
 * The evaluated state of a workspace as of an instant (the contract in report.types.ts):
 * every KPI and objective in file order, with the coach's findings. Pure: the instant is
 * a parameter, never the clock.
 */
export function evaluateWorkspace(ws: Workspace, asOf: Instant): EngineReport {
  const evaluation = evaluateRecords(ws, asOf);
  return {
    asOf: iso(asOf),
    kpis: evaluation.kpis.map(kpiReport),
    objectives: evaluation.objectives.map(objectiveReport),
    findings: runCoach(ws, asOf, evaluation),
  };
}

function kpiReport(e: KpiLoopEvaluation): EngineKpiReport {
  return {
    id: e.kpi.id,
    name: e.kpi.name,
    unit: e.kpi.unit ?? null,
    status: e.status,
    stale: e.stale,
    breachStreak: e.streak.length,
    value: e.latest?.value ?? null,
    at: e.latest ? iso(e.latest.at) : null,
    trend: e.trend?.word ?? null,
    trendSlope: e.trend?.slopePerPeriod ?? null,
    recent: e.recent,
    breachSince: e.streak.since === undefined ? null : iso(e.streak.since),
    unansweredBreach: e.unansweredBreach,
    noise: e.noise,
    held: e.held?.verdict ?? null,
    heldWatch: e.held ? heldWatch(e.held) : null,
    suggestedHealthy: e.suggestedHealthy ?? null,
  };
}

function objectiveReport(e: ObjectiveEvaluation): EngineObjectiveReport {
  const o = e.objective;
  return {
    id: o.id,
    title: o.title,
    cycle: o.cycle,
    type: o.type,
    progress: e.progress,
    expected: e.expected,
    status: e.status,
    grade: e.grade,
    gradeColour: e.gradeColour,
    gradeNote: e.gradeNote ?? null,
    keyResults: e.keyResults.map(keyResultReport),
    guardrails: e.guardrails.map((g) => ({ kpi: g.kpi, status: g.status, breached: g.breached })),
    owner: o.owner ?? null,
    team: o.team ?? null,
  };
}

function keyResultReport(e: KeyResultEvaluation): EngineKeyResultReport {
  const kr = e.keyResult;
  return {
    id: kr.id,
    title: kr.title,
    current: e.current.value ?? null,
    progress: e.progress,
    status: e.status,
    forecast: e.forecast ?? null,
    confidence: e.confidence ?? null,
    impact: e.impact ?? null,
    baseline: e.baseline.value ?? null,
    baselineSource: e.baseline.source ?? null,
    target: kr.target ?? null,
    unit: kr.unit ?? null,
    kpi: kr.kpi ?? null,
    milestone: kr.milestone === true,
    expected: e.expected,
  };
}

function iso(at: Instant): string {
  return new Date(at).toISOString();
}
