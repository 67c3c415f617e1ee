import type { components } from './schema.js';

/**
 * The API's shapes as the web app reads them. Where the server has built a route, the
 * type comes from its OpenAPI document (`schema.d.ts`, generated from openapi.json with
 * `npm run api-types`); the rest are written by hand from docs/api.md's outline and move
 * to the generated ones as the routes land. Statuses and words follow docs/domain.md.
 */
type Schemas = components['schemas'];

export type User = Schemas['User'];
export type WorkspaceSummary = Schemas['WorkspaceMembership'];
export type Me = Schemas['Me'];
/** Inclusive bounds: min only = at least, max only = at most, both = between. */
export type Range = NonNullable<Schemas['Range']>;
export type KpiReport = Schemas['KpiReport'];
export type DashboardKpi = Schemas['DashboardKpi'];
export type KeyResultReport = Schemas['KeyResultReport'];
export type Forecast = NonNullable<KeyResultReport['forecast']>;
export type ObjectiveReport = Schemas['ObjectiveReport'];
export type DashboardObjective = Schemas['DashboardObjective'];
export type Finding = Schemas['Finding'];
export type AttentionItem = Schemas['AttentionItem'];
export type AttentionKind = AttentionItem['kind'];
export type Dashboard = Schemas['Dashboard'];
export type ApiToken = Schemas['ApiToken'];
export type CreatedToken = Schemas['CreatedToken'];
export type IngestResult = Schemas['IngestResult'];
export type KpiStatus = 'no_data' | 'no_threshold' | 'healthy' | 'at_risk' | 'breach';
export type KrStatus = 'achieved' | 'not_started' | 'on_track' | 'at_risk' | 'off_track';
export type TrendWord = 'improving' | 'worsening' | 'flat';
export type Severity = 'error' | 'warning' | 'info';
export type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly';
export type Role = 'owner' | 'admin' | 'editor' | 'viewer';
export type TokenScope = 'read' | 'write' | 'ingest';

export interface SeriesPoint {
  readonly at: string | number;
  readonly value: number;
  readonly note?: string | null;
  readonly source?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly parent?: string | null;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email?: string | null;
  readonly role?: Role | string | null;
}

export interface Cycle {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly closed?: boolean;
  readonly closedAt?: string | null;
}

export interface ThresholdChange {
  readonly at: string | number;
  readonly from: Range;
  readonly to: Range;
  readonly keyResult?: string | null;
  readonly reason?: string | null;
}

export interface Kpi {
  readonly id: string;
  readonly name: string;
  readonly unit?: string | null;
  readonly owner?: string | null;
  readonly team?: string | null;
  readonly cadence: Cadence;
  readonly healthy?: Range | null;
  readonly warning?: Range | null;
  readonly latest?: { readonly at: string; readonly value: number } | null;
  readonly pointCount?: number;
  readonly thresholdHistory?: readonly ThresholdChange[];
  readonly version?: number;
}

export interface Decision {
  readonly id?: string;
  readonly kpi: string;
  readonly at: string | number;
  readonly by: string;
  readonly text: string;
  readonly objective?: string | null;
}

export interface CheckIn {
  readonly at: string | number;
  readonly value: number;
  readonly confidence?: number | null;
  readonly note?: string | null;
  readonly blockers?: string | null;
}

export interface KeyResult {
  readonly id: string;
  readonly title: string;
  readonly owner?: string | null;
  readonly baseline?: number | null;
  readonly target?: number | null;
  readonly unit?: string | null;
  readonly weight?: number;
  readonly kpi?: string | null;
  readonly milestone?: boolean;
  readonly done?: boolean;
  readonly checkIns?: readonly CheckIn[];
}

export interface Objective {
  readonly id: string;
  readonly title: string;
  readonly owner?: string | null;
  readonly team?: string | null;
  readonly cycle: string;
  readonly type: 'aspirational' | 'committed';
  readonly parent?: string | null;
  readonly keyResults: readonly KeyResult[];
  readonly version?: number;
}

export type InitiativeStatus = 'planned' | 'in_progress' | 'done' | 'blocked';

export interface Initiative {
  readonly id: string;
  readonly title: string;
  readonly owner?: string | null;
  readonly keyResults: readonly string[];
  readonly status: InitiativeStatus;
  readonly due?: string | null;
  readonly hours?: number | null;
}
