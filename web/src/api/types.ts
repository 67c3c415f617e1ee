/**
 * The API's shapes as the web app reads them (see docs/api.md and openapi.json).
 * Statuses and words follow docs/domain.md. Instants arrive as ISO strings.
 */
export type KpiStatus = 'no_data' | 'no_threshold' | 'healthy' | 'at_risk' | 'breach';
export type KrStatus = 'achieved' | 'not_started' | 'on_track' | 'at_risk' | 'off_track';
export type TrendWord = 'improving' | 'worsening' | 'flat';
export type Severity = 'error' | 'warning' | 'info';
export type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly';
export type Role = 'owner' | 'admin' | 'editor' | 'viewer';
export type TokenScope = 'read' | 'write' | 'ingest';

export interface Range {
  readonly min?: number | null;
  readonly max?: number | null;
}

export interface User {
  readonly id: number | string;
  readonly email: string;
  readonly name: string;
}

export interface WorkspaceSummary {
  readonly slug: string;
  readonly name: string;
  readonly role?: Role | string;
  readonly freelancer: boolean;
  readonly locale?: string | null;
  readonly currency?: string | null;
}

export interface Me {
  readonly user: User;
  readonly workspaces: readonly WorkspaceSummary[];
}

export interface SeriesPoint {
  readonly at: string | number;
  readonly value: number;
  readonly note?: string | null;
  readonly source?: string | null;
}

export interface KpiReport {
  readonly id: string;
  readonly name: string;
  readonly unit: string | null;
  readonly status: KpiStatus;
  readonly stale: boolean;
  readonly breachStreak: number;
  readonly value: number | null;
  readonly at: string | null;
  readonly trend: TrendWord | null;
  readonly trendSlope: number | null;
  readonly recent: readonly number[];
}

export interface DashboardKpi extends KpiReport {
  readonly healthy?: Range | null;
  readonly warning?: Range | null;
  readonly owner?: string | null;
  readonly team?: string | null;
  readonly cadence?: Cadence;
  readonly series?: readonly SeriesPoint[];
}

export interface Forecast {
  readonly value: number;
  readonly progress: number;
}

export interface KeyResultReport {
  readonly id: string;
  readonly title: string;
  readonly current: number | null;
  readonly progress: number;
  readonly status: KrStatus;
  readonly forecast: Forecast | null;
  readonly confidence: number | null;
  readonly owner?: string | null;
  readonly unit?: string | null;
  readonly baseline?: number | null;
  readonly target?: number | null;
  readonly kpi?: string | null;
  readonly milestone?: boolean;
}

export interface ObjectiveReport {
  readonly id: string;
  readonly title: string;
  readonly cycle: string;
  readonly type: 'aspirational' | 'committed';
  readonly progress: number;
  readonly expected: number;
  readonly status: KrStatus;
  readonly grade: number;
  readonly gradeColour: 'green' | 'yellow' | 'red';
  readonly gradeNote: string | null;
  readonly keyResults: readonly KeyResultReport[];
}

export interface DashboardObjective extends ObjectiveReport {
  readonly owner?: string | null;
  readonly team?: string | null;
  readonly parent?: string | null;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly ref: string;
}

export type AttentionKind = 'unanswered_breach' | 'missing_check_in' | 'at_risk_kr' | 'finding';

export interface AttentionItem {
  readonly kind: AttentionKind;
  readonly ref: string;
  readonly title: string;
  readonly message: string;
  readonly severity: Severity;
}

export interface Dashboard {
  readonly workspace: WorkspaceSummary;
  readonly asOf: string;
  readonly kpis: readonly DashboardKpi[];
  readonly objectives: readonly DashboardObjective[];
  readonly needsAttention: readonly AttentionItem[];
  readonly findings: readonly Finding[];
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

export interface ApiToken {
  readonly id: number;
  readonly name: string;
  readonly scopes: readonly TokenScope[];
  /** The first characters of the secret, to tell tokens apart. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface CreatedToken {
  readonly token: ApiToken;
  /** Returned once at creation and never again: Ratchet keeps only a hash. */
  readonly secret: string;
}
