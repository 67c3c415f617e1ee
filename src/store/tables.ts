import type { AuditLogTable } from './audit-log.table.js';
import type { CheckInTable } from './check-in.table.js';
import type { CsvMappingTable } from './csv-mapping.table.js';
import type { CycleTable } from './cycle.table.js';
import type { CycleReviewTable } from './cycle-review.table.js';
import type { DataPointKeyTable, DataPointTable } from './data-point.table.js';
import type { DecisionTable } from './decision.table.js';
import type { InitiativeKeyResultTable, InitiativeTable } from './initiative.table.js';
import type { KeyResultTable } from './key-result.table.js';
import type { KpiTable } from './kpi.table.js';
import type { KpiAlertTable, KpiAlertTransitionTable } from './kpi-alert.table.js';
import type { KpiSourceTable, SourceRunTable } from './kpi-source.table.js';
import type { MailSettingsTable } from './mail-settings.table.js';
import type {
  KpiSilenceTable,
  NotifyAttemptTable,
  NotifyDeliveryTable,
  NotifyEventTable,
  NotifyInboxTable,
  NotifyPreferenceTable,
  NotifySubscriptionTable,
} from './notify.table.js';
import type { ObjectiveGuardrailTable, ObjectiveParentTable, ObjectiveTable } from './objective.table.js';
import type { PersonTable } from './person.table.js';
import type { TeamTable } from './team.table.js';
import type { ThresholdChangeTable } from './threshold-change.table.js';
import type { TimeEntryTable } from './time-entry.table.js';
import type { WorkspaceTable } from './workspace.table.js';

/**
 * The tables Kysely type-checks queries against. Later migrations (accounts, sessions,
 * tokens) extend this interface with their own tables.
 */
export interface Database {
  workspaces: WorkspaceTable;
  people: PersonTable;
  teams: TeamTable;
  cycles: CycleTable;
  cycle_reviews: CycleReviewTable;
  kpis: KpiTable;
  data_points: DataPointTable;
  data_point_keys: DataPointKeyTable;
  threshold_changes: ThresholdChangeTable;
  decisions: DecisionTable;
  objectives: ObjectiveTable;
  objective_guardrails: ObjectiveGuardrailTable;
  objective_parents: ObjectiveParentTable;
  key_results: KeyResultTable;
  check_ins: CheckInTable;
  initiatives: InitiativeTable;
  initiative_key_results: InitiativeKeyResultTable;
  time_entries: TimeEntryTable;
  kpi_sources: KpiSourceTable;
  source_runs: SourceRunTable;
  audit_log: AuditLogTable;
  mail_settings: MailSettingsTable;
  csv_mappings: CsvMappingTable;
  kpi_alerts: KpiAlertTable;
  kpi_alert_transitions: KpiAlertTransitionTable;
  notify_subscriptions: NotifySubscriptionTable;
  notify_deliveries: NotifyDeliveryTable;
  notify_attempts: NotifyAttemptTable;
  notify_preferences: NotifyPreferenceTable;
  notify_events: NotifyEventTable;
  notify_inbox: NotifyInboxTable;
  kpi_silences: KpiSilenceTable;
}
