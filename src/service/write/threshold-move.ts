import type { Range, ThresholdChange } from '../../core/model.js';
import { insertChildren, nextChildPosition } from '../../store/child.repository.js';
import { toThresholdChange } from '../mappers.js';
import type { UnitOfWork } from './unit-of-work.js';

/** A move of a KPI's healthy range, as the threshold history keeps it. */
export interface ThresholdMove {
  readonly kpiId: number;
  readonly from: Range | undefined;
  readonly to: Range | undefined;
  /** The achieved key result that justified a ratchet. */
  readonly keyResult?: { readonly id: number; readonly key: string };
  readonly reason: string | null;
}

/**
 * The one writer of threshold history: the KPI edit and the accepted ratchet both append
 * their move here, in the caller's unit of work. Returns the entry as the history reads it.
 */
export async function recordThresholdMove(uow: UnitOfWork, move: ThresholdMove): Promise<ThresholdChange> {
  const { trx, workspace: ws, at } = uow;
  const row = {
    workspace_id: ws.id,
    kpi_id: move.kpiId,
    position: await nextChildPosition(trx, 'threshold_changes', ws.id),
    at,
    from_min: move.from?.min ?? null,
    from_max: move.from?.max ?? null,
    to_min: move.to?.min ?? null,
    to_max: move.to?.max ?? null,
    key_result_id: move.keyResult?.id ?? null,
    reason: move.reason,
    created_at: at,
    updated_at: at,
  };
  const [id] = await insertChildren(trx, 'threshold_changes', [row]);
  if (id === undefined) throw new Error('the threshold change insert returned no id');
  return toThresholdChange({ ...row, id, version: 1, archived_at: null }, (krId) =>
    krId === move.keyResult?.id ? move.keyResult?.key : undefined,
  );
}
