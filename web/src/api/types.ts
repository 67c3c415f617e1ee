import type { components } from './schema.js';

/**
 * The API's shapes as the web app reads them, from its OpenAPI document (`schema.d.ts`,
 * generated from openapi.json with `npm run api-types`). Statuses and words follow
 * docs/domain.md.
 */
type Schemas = components['schemas'];

export type User = Schemas['User'];
export type WorkspaceSummary = Schemas['WorkspaceMembership'];
export type Me = Schemas['Me'];
/** Inclusive bounds: min only = at least, max only = at most, both = between. */
export type Range = NonNullable<Schemas['Range']>;
export type KpiReport = Schemas['KpiReport'];
/** domain.md, "Held?": the watch over the latest move of a KPI's healthy range. */
export type HeldWatch = NonNullable<Schemas['HeldWatch']>;
export type DashboardKpi = Schemas['DashboardKpi'];
export type KeyResultReport = Schemas['KeyResultReport'];
/** domain.md, "Impact verdict": did the work behind a KPI-linked KR move the KPI? */
export type KrImpact = NonNullable<Schemas['KrImpact']>;
/** domain.md, "Guardrail": a KPI the objective must not break. */
export type GuardrailReport = Schemas['GuardrailReport'];
export type Forecast = NonNullable<KeyResultReport['forecast']>;
export type ObjectiveReport = Schemas['ObjectiveReport'];
export type DashboardObjective = Schemas['DashboardObjective'];
export type Finding = Schemas['Finding'];
export type AttentionItem = Schemas['AttentionItem'];
export type AttentionKind = AttentionItem['kind'];
export type Dashboard = Schemas['Dashboard'];
export type ApiToken = Schemas['ApiToken'];
export type CreatedToken = Schemas['CreatedToken'];
export type Invitation = Schemas['Invitation'];
export type IssuedInvitation = Schemas['IssuedInvitation'];
export type InvitationView = Schemas['InvitationView'];
export type SignInOptions = Schemas['SignInOptions'];
export type IngestResult = Schemas['IngestResult'];
export type KpiSource = Schemas['KpiSource'];
export type KpiSourceView = Schemas['KpiSourceView'];
export type SourceRun = Schemas['SourceRun'];
export type SourceCheck = Schemas['SourceCheck'];
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

export type Team = Schemas['Team'];
export type Person = Schemas['Person'];
export type PersonRemoved = Schemas['PersonRemoved'];

export type Cycle = Schemas['Cycle'];
export type CycleOffer = Schemas['CycleOffer'];
export type CycleLength = CycleOffer['cycleLength'];
export type WorkspaceSettings = Schemas['WorkspaceSettings'];
export type Kpi = Schemas['Kpi'];
export type ThresholdChange = Kpi['thresholdHistory'][number];
export type Decision = Schemas['Decision'];
export type CheckIn = Schemas['CheckInSummary'];
export type KeyResult = Schemas['KeyResult'];
export type Objective = Schemas['Objective'];

export type Initiative = Schemas['Initiative'];
export type InitiativeStatus = Initiative['status'];
export type TimeEntry = Schemas['TimeEntry'];
export type TimeEntryList = Schemas['TimeEntryList'];
export type PointsMapping = NonNullable<Schemas['PointsMapping']>;
export type PointsCsvPreview = Schemas['PointsCsvPreview'];
export type PointsCsvResult = Schemas['PointsCsvResult'];
export type ToolImportResult = Schemas['ToolImportResult'];
export type ImportTool = 'toggl' | 'clockify' | 'okr-csv' | 'viva-goals' | 'perdoo' | 'sheets';
