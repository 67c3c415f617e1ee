import type { Instant, Range } from './model.js';

/**
 * The evaluated state of a workspace at one instant: what `ratchet report --json`
 * prints, what `GET /report` returns and what the web dashboard draws.
 * Statuses are the words of domain.md; fractions are in [0, 1].
 */

export type KpiStatus = 'no_data' | 'no_threshold' | 'healthy' | 'at_risk' | 'breach';
export type TrendWord = 'improving' | 'worsening' | 'flat';
export type KrStatus = 'achieved' | 'not_started' | 'on_track' | 'at_risk' | 'off_track';
export type GradeColour = 'green' | 'yellow' | 'red';
export type Severity = 'error' | 'warning' | 'info';

export interface KpiTrend {
  readonly word: TrendWord;
  /** Least-squares slope in the KPI's unit per cadence period. */
  readonly slopePerPeriod: number;
  readonly points: number;
}

export interface KpiReport {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly status: KpiStatus;
  readonly stale: boolean;
  readonly breachStreak: number;
  /** Latest value at or before the instant, or null with no data. */
  readonly value: number | null;
  /** ISO timestamp of that value. */
  readonly at: string | null;
  /** Trend word, or null with fewer than two recent points. */
  readonly trend: TrendWord | null;
  readonly trendSlope: number | null;
  /** Recent values, oldest first, for a sparkline. */
  readonly recent: readonly number[];
  /** For a KPI without a healthy range: one suggested from its history (docs/engine.md), or null. */
  readonly suggestedHealthy: Range | null;
}

export interface Forecast {
  /** Projected value at the end of the cycle. */
  readonly value: number;
  /** Progress that value would mean, in [0, 1]. */
  readonly progress: number;
}

/** domain.md "Impact verdict": did the work behind a KPI-linked KR move the KPI? */
export type ImpactWord = 'moved' | 'no_clear_change' | 'moved_wrong_way' | 'too_little_data';

/** The KPI's points in one window of the impact verdict. */
export interface ImpactWindowSummary {
  /** Median value in the window, or null without points. */
  readonly median: number | null;
  readonly n: number;
}

export interface KrImpact {
  readonly verdict: ImpactWord;
  readonly before: ImpactWindowSummary;
  readonly after: ImpactWindowSummary;
  /** Hodges–Lehmann shift after − before in the KR's unit; null with too little data. */
  readonly shift: number | null;
  /** The shift's 95% interval (Mann–Whitney); null with too little data. */
  readonly low: number | null;
  readonly high: number | null;
}

export interface KeyResultReport {
  readonly id: string;
  readonly title: string;
  readonly current: number | null;
  readonly progress: number;
  readonly status: KrStatus;
  readonly forecast: Forecast | null;
  readonly confidence: number | null;
  /** For a KR linked to a KPI: did the KPI move? null for other KRs. */
  readonly impact: KrImpact | null;
}

/** A KPI an objective must not break while pursuing it (domain.md, "Guardrail"). */
export interface GuardrailReport {
  readonly kpi: string;
  /** The KPI's status as of the instant. */
  readonly status: KpiStatus;
  /** Whether it left its healthy range during the cycle, up to the instant. */
  readonly breached: boolean;
}

export interface ObjectiveReport {
  readonly id: string;
  readonly title: string;
  readonly cycle: string;
  readonly type: 'aspirational' | 'committed';
  readonly progress: number;
  readonly expected: number;
  readonly status: KrStatus;
  /** Progress rounded to one decimal (domain.md: the grade at cycle close). */
  readonly grade: number;
  readonly gradeColour: GradeColour;
  /** E.g. "an aspirational objective whose KRs all reach 1.0 was probably too easy". */
  readonly gradeNote: string | null;
  readonly keyResults: readonly KeyResultReport[];
  readonly guardrails: readonly GuardrailReport[];
}

export interface Finding {
  /** Stable rule id from domain.md's quality-coach table. */
  readonly rule: string;
  readonly severity: Severity;
  /** Says what to do. */
  readonly message: string;
  /** Id of the KPI, objective, KR, team or person the finding points at. */
  readonly ref: string;
}

export interface Report {
  /** ISO timestamp of the instant evaluated. */
  readonly asOf: string;
  readonly kpis: readonly KpiReport[];
  readonly objectives: readonly ObjectiveReport[];
  readonly findings: readonly Finding[];
}

export type { Instant };
