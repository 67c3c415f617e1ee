import type { Migration } from 'kysely';
import * as core from './2026-11-23-001-core.js';
import * as accounts from './2026-11-23-002-accounts.js';
import * as cycleReviews from './2026-11-23-003-cycle-reviews.js';
import * as pointKeys from './2026-11-30-010-point-keys.js';
import * as mailSettings from './2026-11-30-020-mail-settings.js';
import * as kpiAlerts from './2026-11-30-021-kpi-alerts.js';
import * as kpiSources from './2026-11-30-030-kpi-sources.js';
import * as invitations from './2026-11-30-040-invitations.js';
import * as objectiveGuardrails from './2026-12-01-100-objective-guardrails.js';
import * as decisionByPerson from './2026-12-01-110-decision-by-person.js';
import * as rateLimits from './2026-12-01-120-rate-limits.js';
import * as notifications from './2026-12-01-130-notifications.js';
import * as csvMappings from './2026-12-01-160-csv-mappings.js';
import * as deliveryPerson from './2026-12-02-400-delivery-person.js';
import * as eventOutboxInbox from './2026-12-02-401-event-outbox-inbox.js';
import * as alertRepeat from './2026-12-02-500-alert-repeat.js';
import * as digestPreferences from './2026-12-02-501-digest-preferences.js';
import * as objectiveParents from './2026-12-03-100-objective-parents.js';
import * as deliveryClaim from './2026-12-03-250-delivery-claim.js';
import * as alertTransitionOnce from './2026-12-03-251-alert-transition-once.js';

export interface NamedMigration extends Migration {
  /** Date-prefixed and unique; migrations run in name order. */
  readonly name: string;
}

/**
 * Every migration Ratchet has ever shipped, oldest first. Append new ones at the end
 * (`YYYY-MM-DD-NNN-<what>.ts`); never edit or reorder a migration that has shipped.
 */
export const MIGRATIONS: readonly NamedMigration[] = [
  { name: '2026-11-23-001-core', ...core },
  { name: '2026-11-23-002-accounts', ...accounts },
  { name: '2026-11-23-003-cycle-reviews', ...cycleReviews },
  { name: '2026-11-30-010-point-keys', ...pointKeys },
  { name: '2026-11-30-020-mail-settings', ...mailSettings },
  { name: '2026-11-30-021-kpi-alerts', ...kpiAlerts },
  { name: '2026-11-30-030-kpi-sources', ...kpiSources },
  { name: '2026-11-30-040-invitations', ...invitations },
  { name: '2026-12-01-100-objective-guardrails', ...objectiveGuardrails },
  { name: '2026-12-01-110-decision-by-person', ...decisionByPerson },
  { name: '2026-12-01-120-rate-limits', ...rateLimits },
  { name: '2026-12-01-130-notifications', ...notifications },
  { name: '2026-12-01-160-csv-mappings', ...csvMappings },
  { name: '2026-12-02-400-delivery-person', ...deliveryPerson },
  { name: '2026-12-02-401-event-outbox-inbox', ...eventOutboxInbox },
  { name: '2026-12-02-500-alert-repeat', ...alertRepeat },
  { name: '2026-12-02-501-digest-preferences', ...digestPreferences },
  { name: '2026-12-03-100-objective-parents', ...objectiveParents },
  { name: '2026-12-03-250-delivery-claim', ...deliveryClaim },
  { name: '2026-12-03-251-alert-transition-once', ...alertTransitionOnce },
];
