import type { Kysely } from 'kysely';
import type { Workspace } from '../../core/model.js';
import { withSecretsHidden } from '../../core/source/kpi-source.js';
import type { NewAuditEntry } from '../../store/audit-log.repository.js';
import type { Store } from '../../store/database.js';
import { putSource, sourceOf } from '../../store/kpi-source.repository.js';
import type { Database } from '../../store/tables.js';
import { secretsFor } from '../secrets/server-secrets.js';
import { sealSpec } from './source-spec.js';

/**
 * Makes the stored sources equal to the file's: a KPI without `source` loses its source,
 * secrets are sealed, and `<secret>` keeps the one stored. The audit log records each
 * change with the secrets hidden.
 */
export async function syncSources(
  trx: Kysely<Database>,
  store: Store,
  wsId: number,
  ws: Workspace,
  kpiIds: ReadonlyMap<string, number>,
  audit: { entries: NewAuditEntry[]; actor: string; at: number },
): Promise<void> {
  const box = () => secretsFor(store);
  for (const kpi of ws.kpis) {
    const kpiId = kpiIds.get(kpi.id);
    if (kpiId === undefined) continue;
    const was = await sourceOf(trx, kpiId);
    const row = kpi.source && {
      workspace_id: wsId,
      kpi_id: kpiId,
      kind: kpi.source.kind,
      spec: sealSpec(kpi.source, box, was?.spec, kpi.id),
    };
    if (was === undefined && row === undefined) continue;
    await putSource(trx, row, kpiId, audit.at);
    if (was !== undefined && row !== undefined && sameSpec(was.spec, kpi.source)) continue;
    audit.entries.push({
      workspace_id: wsId,
      actor: audit.actor,
      at: audit.at,
      entity: 'kpi',
      entity_id: kpi.id,
      action: row === undefined ? 'remove_source' : 'set_source',
      after: kpi.source && withSecretsHidden(kpi.source),
    });
  }
}

/** Sealing is randomised, so compare what is not secret; a new secret always re-seals. */
function sameSpec(stored: string, source: Workspace['kpis'][number]['source']): boolean {
  return (
    source !== undefined &&
    JSON.stringify(withSecretsHidden(JSON.parse(stored))) === JSON.stringify(withSecretsHidden(source))
  );
}
