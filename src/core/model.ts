/**
 * The domain records of one workspace, as the engine sees them.
 *
 * This is the single in-memory shape shared by the workspace file, the store, the
 * server and the CLI. Field names are camelCase everywhere (the YAML file, JSON
 * output, the API); only SQL uses snake_case. Instants are epoch milliseconds in UTC
 * (see `time.ts`), calendar dates are ISO `YYYY-MM-DD` strings.
 */

import type { AlertFor } from './alert/alert-for.js';
import type { KpiSource } from './source/kpi-source.js';

/** Milliseconds since the Unix epoch, UTC. */
export type Instant = number;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly';
export const CADENCES: readonly Cadence[] = ['daily', 'weekly', 'monthly', 'quarterly'];

/** Inclusive bounds. `min` only = at least; `max` only = at most; both = between. */
export interface Range {
  readonly min?: number;
  readonly max?: number;
}

export type DataSource = 'manual' | 'import' | 'api' | 'formula' | 'pull' | 'check-in';

export interface DataPoint {
  readonly at: Instant;
  readonly value: number;
  readonly note?: string;
  readonly source?: DataSource;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  /**
   * The date the person was removed from the workspace. They stay in the file only so the
   * decisions they made still name them; they own nothing and get no messages.
   */
  readonly left?: IsoDate;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly parent?: string;
}

export interface Cycle {
  readonly id: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** A past move of a KPI's healthy range (a ratchet), kept so "held?" can be judged. */
export interface ThresholdChange {
  readonly at: Instant;
  readonly from: Range;
  readonly to: Range;
  /** The key result whose achievement justified the move, if any. */
  readonly keyResult?: string;
  readonly reason?: string;
}

export interface Kpi {
  readonly id: string;
  readonly name: string;
  readonly unit?: string;
  readonly owner?: string;
  readonly team?: string;
  readonly cadence: Cadence;
  readonly healthy?: Range;
  readonly warning?: Range;
  /** Any order in the file; the engine sorts by `at`. */
  readonly points: readonly DataPoint[];
  readonly thresholdHistory?: readonly ThresholdChange[];
  /** Where values come from when nobody types them (an HTTP API, SQL, a formula). */
  readonly source?: KpiSource;
  /** The KPI's own alert timing; absent parts take the defaults. */
  readonly alert?: KpiAlertSettings;
}

/** How long out of range before the alert fires, and how often a firing alert is told again. */
export interface KpiAlertSettings {
  /** Default: one cadence period. */
  readonly for?: AlertFor;
  /** Milliseconds; default: the workspace's `alertRepeat`, else never. */
  readonly repeat?: number;
}

export interface Decision {
  readonly kpi: string;
  readonly at: Instant;
  readonly by: string;
  readonly text: string;
  readonly objective?: string;
}

export type ObjectiveType = 'aspirational' | 'committed';

export interface CheckIn {
  readonly at: Instant;
  readonly value: number;
  /** 0–1 */
  readonly confidence?: number;
  readonly note?: string;
  readonly blockers?: string;
}

export interface KeyResult {
  readonly id: string;
  readonly title: string;
  readonly owner?: string;
  readonly baseline?: number;
  readonly target?: number;
  readonly unit?: string;
  /** Default 1. */
  readonly weight: number;
  /** A linked KPI id: its data points become the KR's current value. */
  readonly kpi?: string;
  readonly milestone?: boolean;
  /** For milestones: reached or not. */
  readonly done?: boolean;
  readonly checkIns: readonly CheckIn[];
}

export interface Objective {
  readonly id: string;
  readonly title: string;
  readonly owner?: string;
  readonly team?: string;
  readonly cycle: string;
  /** Default aspirational. */
  readonly type: ObjectiveType;
  /**
   * The objectives this one supports (alignment), in the order written; absent when it
   * supports none. Several parents are allowed; no chain of parents may loop
   * (`core/parent-graph.ts`).
   */
  readonly parents?: readonly string[];
  /** KPI ids that must stay healthy while the objective is pursued (domain.md, "Guardrail"). */
  readonly guardrails?: readonly string[];
  readonly keyResults: readonly KeyResult[];
}

export type InitiativeStatus = 'planned' | 'in_progress' | 'done' | 'blocked';

export interface Initiative {
  readonly id: string;
  readonly title: string;
  readonly owner?: string;
  readonly keyResults: readonly string[];
  readonly status: InitiativeStatus;
  readonly due?: IsoDate;
}

export interface Workspace {
  readonly name: string;
  readonly freelancer: boolean;
  /** BCP 47 locale for numbers and dates, e.g. `en-GB`. Default `en-US`. */
  readonly locale?: string;
  /** ISO 4217 code used for money KPIs without their own currency unit. */
  readonly currency?: string;
  /** How often a still-firing alert is told again (ms), unless a KPI sets its own. */
  readonly alertRepeat?: number;
  readonly people: readonly Person[];
  readonly teams: readonly Team[];
  readonly cycles: readonly Cycle[];
  readonly kpis: readonly Kpi[];
  readonly decisions: readonly Decision[];
  readonly objectives: readonly Objective[];
  readonly initiatives: readonly Initiative[];
}
