import { API_BASE, api, type Http, request } from './client.js';
import type { components } from './schema.js';
import type {
  ApiToken,
  CheckIn,
  CreatedToken,
  Cycle,
  CycleOffer,
  Dashboard,
  Decision,
  ImportTool,
  Initiative,
  Invitation,
  InvitationView,
  IssuedInvitation,
  KeyResult,
  Kpi,
  KpiSource,
  KpiSourceView,
  Me,
  Objective,
  Page,
  Person,
  PersonRemoved,
  PointsCsvPreview,
  PointsCsvResult,
  PointsMapping,
  Range,
  Role,
  SeriesPoint,
  SignInOptions,
  SourceCheck,
  Team,
  TimeEntry,
  TimeEntryList,
  TokenScope,
  ToolImportResult,
  User,
  WorkspaceSettings,
  WorkspaceSummary,
} from './types.js';
import type {
  CycleReview,
  DraftOkr,
  ParseReading,
  PointsImportResult,
  RatchetProposal,
} from './workflow-types.js';

/** Every endpoint the web app calls, typed; paths follow docs/api.md. */
const w = (ws: string) => `/workspaces/${encodeURIComponent(ws)}`;
const id = encodeURIComponent;

export interface PointsCsvInput {
  csv: string;
  mapping: PointsMapping;
  kpi?: string;
}

/** The request body of `POST /imports/{tool}`, as the OpenAPI document gives it. */
export type ToolImportInput = components['schemas']['ToolImport'];

export interface TimeEntryInput {
  date: string;
  hours: number;
  billable?: boolean;
  note?: string | null;
}

export interface SetupInput {
  readonly workspaceName: string;
  readonly freelancer: boolean;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly locale?: string;
  readonly currency?: string;
}

export interface KpiInput {
  readonly name: string;
  readonly unit?: string;
  readonly cadence: Kpi['cadence'];
  readonly healthy?: Range;
  readonly warning?: Range;
  readonly owner?: string;
  readonly team?: string;
}

/** A KPI edit: only the fields sent change; `null` clears an optional one. */
export interface KpiEdit {
  readonly version: number;
  readonly name?: string;
  readonly unit?: string | null;
  readonly cadence?: Kpi['cadence'];
  readonly healthy?: Range | null;
  readonly warning?: Range | null;
  readonly owner?: string | null;
  readonly team?: string | null;
  /** Required when the healthy range moves. */
  readonly reason?: string;
}

export interface PointInput {
  readonly at: string;
  readonly value: number;
  readonly note?: string;
}

export interface CheckInInput {
  readonly at?: string;
  readonly value: number;
  readonly confidence?: number;
  readonly note?: string;
  readonly blockers?: string;
}

export interface ObjectiveInput {
  readonly title: string;
  readonly cycle: string;
  readonly team?: string;
  readonly owner?: string;
  readonly type?: 'aspirational' | 'committed';
  readonly parent?: string;
}

/** An objective edit: only the fields sent change; `null` clears an optional one. */
export interface ObjectiveEdit {
  readonly version: number;
  readonly title?: string;
  readonly owner?: string | null;
  readonly team?: string | null;
  readonly type?: 'aspirational' | 'committed';
  /** Replaces the objectives it supports; `[]` for none. */
  readonly parents?: readonly string[];
}

/** A key result edit; moving the baseline or target needs a reason. */
export interface KeyResultEdit {
  readonly version: number;
  readonly title?: string;
  readonly owner?: string | null;
  readonly weight?: number;
  readonly kpi?: string | null;
  readonly baseline?: number | null;
  readonly target?: number | null;
  readonly reason?: string;
}

export interface KeyResultInput {
  readonly title: string;
  readonly baseline?: number;
  readonly target?: number;
  readonly unit?: string;
  readonly owner?: string;
  readonly kpi?: string;
  readonly milestone?: boolean;
}

export const setupApi = {
  status: () => api.get<{ needed: boolean }>('/setup'),
  create: (input: SetupInput) => api.post<{ user: User; workspace: WorkspaceSummary }>('/setup', input),
};

export const invitationApi = {
  view: (token: string) => api.get<InvitationView>(`/invitations/${encodeURIComponent(token)}`),
  accept: (token: string, input: { name?: string; password: string }) =>
    api.post<{ user: User; workspace: { slug: string; name: string } }>(
      `/invitations/${encodeURIComponent(token)}/accept`,
      input,
    ),
};

export const accountApi = {
  createWorkspace: (input: { name: string; freelancer: boolean; locale?: string; currency?: string }) =>
    api.post<WorkspaceSummary>('/workspaces', input),
};

export const authApi = {
  signIn: (email: string, password: string) => api.post<{ user: User }>('/auth/sign-in', { email, password }),
  signOut: () => api.post<void>('/auth/sign-out'),
  me: () => api.get<Me>('/me'),
  /** Password, single sign-on, or both: what the sign-in and invitation pages offer. */
  options: () => api.get<SignInOptions>('/auth/options'),
};

export interface DashboardFilters {
  readonly team?: string;
  readonly cycle?: string;
  readonly owner?: string;
}

export const workspaceApi = (ws: string, http: Http = api) => ({
  dashboard: (filters: DashboardFilters, signal?: AbortSignal) =>
    http.get<Dashboard>(`${w(ws)}/dashboard`, { ...filters }, signal),
  teams: (signal?: AbortSignal) => http.get<Page<Team>>(`${w(ws)}/teams`, { limit: 500 }, signal),
  createTeam: (input: { name: string; parent?: string }) => http.post<Team>(`${w(ws)}/teams`, input),
  people: (signal?: AbortSignal) => http.get<Page<Person>>(`${w(ws)}/people`, { limit: 500 }, signal),
  createPerson: (input: { name: string; email?: string; role?: string }) =>
    http.post<Person>(`${w(ws)}/people`, input),
  updatePerson: (person: string, input: { version: number; name?: string; role?: Role }) =>
    http.patch<Person>(`${w(ws)}/people/${id(person)}`, input),
  /** Ends their sign-in here and archives them; answers the records left without an owner. */
  removePerson: (person: string, version: number) =>
    http.delete<PersonRemoved>(`${w(ws)}/people/${id(person)}?version=${version}`),
  cycles: (signal?: AbortSignal) => http.get<Page<Cycle>>(`${w(ws)}/cycles`, { limit: 500 }, signal),
  createCycle: (input: { id?: string; start: string; end: string }) =>
    http.post<Cycle>(`${w(ws)}/cycles`, input),
  updateCycle: (cycle: string, input: { start?: string; end?: string; version?: number }) =>
    http.patch<Cycle>(`${w(ws)}/cycles/${id(cycle)}`, input),
  /** The cycle to plan next, by the workspace's cycle length, and whether to offer it now. */
  nextCycle: (signal?: AbortSignal) => http.get<CycleOffer>(`${w(ws)}/cycles/next`, undefined, signal),
  settings: (signal?: AbortSignal) => http.get<WorkspaceSettings>(`${w(ws)}/settings`, undefined, signal),
  updateSettings: (input: Partial<Omit<WorkspaceSettings, 'version'>> & { version?: number }) =>
    http.patch<WorkspaceSettings>(`${w(ws)}/settings`, input),
  /**
   * Closes the cycle, storing the notes with it; for a closed one it answers the same review
   * again, and notes given replace the stored ones (admins).
   */
  closeCycle: (cycle: string, notes?: { achieved?: string; learned?: string; next?: string }) =>
    http.post<CycleReview>(`${w(ws)}/cycles/${id(cycle)}/close`, notes ? { notes } : {}),
  /** A cycle's review as stored: grades, answered proposals, notes. Every role may read it. */
  cycleReview: (cycle: string, signal?: AbortSignal) =>
    http.get<CycleReview>(`${w(ws)}/cycles/${id(cycle)}/review`, undefined, signal),
  acceptProposal: (cycle: string, kr: string, reason?: string) =>
    http.post<RatchetProposal>(
      `${w(ws)}/cycles/${id(cycle)}/proposals/${id(kr)}/accept`,
      reason ? { reason } : {},
    ),
  rejectProposal: (cycle: string, kr: string, reason?: string) =>
    http.post<RatchetProposal>(
      `${w(ws)}/cycles/${id(cycle)}/proposals/${id(kr)}/reject`,
      reason ? { reason } : {},
    ),

  kpi: (kpi: string, signal?: AbortSignal) => http.get<Kpi>(`${w(ws)}/kpis/${id(kpi)}`, undefined, signal),
  kpis: (signal?: AbortSignal) => http.get<Page<Kpi>>(`${w(ws)}/kpis`, { limit: 500 }, signal),
  createKpi: (input: KpiInput) => http.post<Kpi>(`${w(ws)}/kpis`, input),
  updateKpi: (kpi: string, input: Partial<KpiInput> & { version?: number; reason?: string }) =>
    http.patch<Kpi>(`${w(ws)}/kpis/${id(kpi)}`, input),
  /** Edits in place: `null` clears an optional field (owner, team, unit, a range). */
  editKpi: (kpi: string, input: KpiEdit) => http.patch<Kpi>(`${w(ws)}/kpis/${id(kpi)}`, input),
  archiveKpi: (kpi: string) => http.delete<void>(`${w(ws)}/kpis/${id(kpi)}`),
  archivedKpis: (signal?: AbortSignal) =>
    http.get<Page<Kpi>>(`${w(ws)}/kpis`, { archived: 'true', limit: 500 }, signal),
  restoreKpi: (kpi: string, version: number) =>
    http.post<Kpi>(`${w(ws)}/kpis/${id(kpi)}/restore`, { version }),
  points: (kpi: string, signal?: AbortSignal) =>
    http.get<Page<SeriesPoint>>(`${w(ws)}/kpis/${id(kpi)}/points`, { limit: 10000 }, signal),
  /** `replace`: the person confirmed replacing a different value stored at that instant. */
  addPoint: (kpi: string, point: PointInput, replace = false) =>
    http.post<PointsImportResult>(`${w(ws)}/kpis/${id(kpi)}/points`, {
      ...point,
      source: 'manual',
      ...(replace ? { replace } : {}),
    }),
  /** Each point carries `batch:index` as its key, so retrying the same import stores nothing twice. */
  addPoints: (kpi: string, points: readonly PointInput[], batch: string, replace = false) =>
    http.post<PointsImportResult>(`${w(ws)}/kpis/${id(kpi)}/points`, {
      points: points.map((p, i) => ({ ...p, source: 'import', idempotencyKey: `${batch}:${i}` })),
      ...(replace ? { replace } : {}),
    }),
  /** Where the browser downloads the KPI's points as CSV (ISO instants, plain numbers). */
  pointsCsvUrl: (kpi: string) => `${API_BASE}${w(ws)}/kpis/${id(kpi)}/points.csv`,
  importCsv: (kpi: string, csv: string) =>
    request<PointsImportResult>('POST', `${w(ws)}/kpis/${id(kpi)}/points.csv`, {
      text: { contentType: 'text/csv', content: csv },
    }),
  kpiSource: (kpi: string, signal?: AbortSignal) =>
    http.get<KpiSourceView>(`${w(ws)}/kpis/${id(kpi)}/source`, undefined, signal),
  setKpiSource: (kpi: string, source: KpiSource) =>
    request<KpiSourceView>('PUT', `${w(ws)}/kpis/${id(kpi)}/source`, { body: source }),
  removeKpiSource: (kpi: string) => http.delete<KpiSourceView>(`${w(ws)}/kpis/${id(kpi)}/source`),
  /** The rules saving applies, without saving: `{valid, problems}`. */
  checkKpiSource: (kpi: string, source: KpiSource, signal?: AbortSignal) =>
    request<SourceCheck>('POST', `${w(ws)}/kpis/${id(kpi)}/source/check`, { body: source, signal }),
  runKpiSource: (kpi: string) => http.post<KpiSourceView>(`${w(ws)}/kpis/${id(kpi)}/source/run`),
  /** The OKR drafted from a breached KPI; `create` stores it too, `stretch` aims past the bound. */
  draftOkr: (kpi: string, create: boolean, stretch = false) =>
    http.post<DraftOkr>(`${w(ws)}/kpis/${id(kpi)}/draft-okr`, {
      ...(create && { create }),
      ...(stretch && { stretch }),
    }),

  decisions: (kpi?: string, signal?: AbortSignal) =>
    http.get<Page<Decision>>(`${w(ws)}/decisions`, { kpi, limit: 200 }, signal),
  recordDecision: (input: { kpi: string; text: string; objective?: string }) =>
    http.post<Decision>(`${w(ws)}/decisions`, input),

  objectives: (signal?: AbortSignal) =>
    http.get<Page<Objective>>(`${w(ws)}/objectives`, { limit: 500 }, signal),
  objective: (objective: string, signal?: AbortSignal) =>
    http.get<Objective>(`${w(ws)}/objectives/${id(objective)}`, undefined, signal),
  createObjective: (input: ObjectiveInput) => http.post<Objective>(`${w(ws)}/objectives`, input),
  editObjective: (objective: string, input: ObjectiveEdit) =>
    http.patch<Objective>(`${w(ws)}/objectives/${id(objective)}`, input),
  archiveObjective: (objective: string, version: number) =>
    http.delete<void>(`${w(ws)}/objectives/${id(objective)}?version=${version}`),
  /** Replaces the objective's guardrail KPIs (`[]` clears them). */
  updateGuardrails: (objective: string, guardrails: readonly string[], version?: number) =>
    http.patch<Objective>(`${w(ws)}/objectives/${id(objective)}`, { guardrails, version }),
  addKeyResult: (objective: string, input: KeyResultInput) =>
    http.post<KeyResult>(`${w(ws)}/objectives/${id(objective)}/key-results`, input),
  updateKeyResult: (kr: string, input: Partial<KeyResultInput> & { reason?: string; version?: number }) =>
    http.patch<KeyResult>(`${w(ws)}/key-results/${id(kr)}`, input),
  editKeyResult: (kr: string, input: KeyResultEdit) =>
    http.patch<KeyResult>(`${w(ws)}/key-results/${id(kr)}`, input),
  checkIns: (kr: string, signal?: AbortSignal) =>
    http.get<Page<CheckIn>>(`${w(ws)}/key-results/${id(kr)}/check-ins`, undefined, signal),
  checkIn: (kr: string, input: CheckInInput) =>
    http.post<CheckIn>(`${w(ws)}/key-results/${id(kr)}/check-ins`, input),

  initiatives: (signal?: AbortSignal) =>
    http.get<Page<Initiative>>(`${w(ws)}/initiatives`, { limit: 500 }, signal),
  createInitiative: (input: { title: string; keyResults?: string[]; owner?: string; due?: string }) =>
    http.post<Initiative>(`${w(ws)}/initiatives`, input),
  updateInitiative: (
    initiative: string,
    input: Partial<Pick<Initiative, 'status' | 'owner' | 'due' | 'version'>>,
  ) => http.patch<Initiative>(`${w(ws)}/initiatives/${id(initiative)}`, input),
  timeEntries: (initiative: string, signal?: AbortSignal) =>
    http.get<TimeEntryList>(`${w(ws)}/initiatives/${id(initiative)}/time-entries`, undefined, signal),
  logTime: (initiative: string, input: TimeEntryInput) =>
    http.post<TimeEntry>(`${w(ws)}/initiatives/${id(initiative)}/time-entries`, input),
  updateTimeEntry: (entry: number, input: Partial<TimeEntryInput> & { version: number }) =>
    http.patch<TimeEntry>(`${w(ws)}/time-entries/${entry}`, input),
  deleteTimeEntry: (entry: number, version: number) =>
    http.delete<void>(`${w(ws)}/time-entries/${entry}?version=${version}`),

  savedPointsMapping: (signal?: AbortSignal) =>
    http.get<{ mapping: PointsMapping | null }>(`${w(ws)}/points-import/mapping`, undefined, signal),
  previewPointsCsv: (input: PointsCsvInput) =>
    http.post<PointsCsvPreview>(`${w(ws)}/points-import/preview`, input),
  importPointsCsv: (input: PointsCsvInput & { dryRun?: boolean; replace?: boolean }) =>
    http.post<PointsCsvResult>(`${w(ws)}/points-import`, input),
  importFromTool: (tool: ImportTool, input: ToolImportInput) =>
    http.post<ToolImportResult>(`${w(ws)}/imports/${tool}`, input),

  tokens: (signal?: AbortSignal) => http.get<Page<ApiToken>>(`${w(ws)}/tokens`, undefined, signal),
  createToken: (name: string, scopes: readonly TokenScope[]) =>
    http.post<CreatedToken>(`${w(ws)}/tokens`, { name, scopes }),
  revokeToken: (token: number) => http.delete<void>(`${w(ws)}/tokens/${token}`),

  invitations: (signal?: AbortSignal) =>
    http.get<{ items: Invitation[] }>(`${w(ws)}/invitations`, undefined, signal).then((r) => r.items),
  invite: (email: string, role: string) =>
    http.post<IssuedInvitation>(`${w(ws)}/invitations`, { email, role }),
  resendInvitation: (invitation: number) =>
    http.post<IssuedInvitation>(`${w(ws)}/invitations/${invitation}/resend`),
  revokeInvitation: (invitation: number) => http.delete<void>(`${w(ws)}/invitations/${invitation}`),

  // Accepts the reading itself or wrapped as `{reading}`.
  parse: (statement: string) =>
    api
      .post<ParseReading | { reading: ParseReading }>(`${w(ws)}/parse`, { statement })
      .then((r) => ('reading' in r ? r.reading : r)),
});

export type WorkspaceApi = ReturnType<typeof workspaceApi>;
