import type { Workspace } from '../core/model.js';
import { loadWorkspace } from '../service/workspace-load.service.js';
import { latestChangeMark } from '../store/accounts/change-mark.repository.js';
import type { Store } from '../store/database.js';

/**
 * Loaded workspaces, reused until something changes. Every change is written to the
 * audit log in the same transaction (service layer rule), so the newest audit id is a
 * change mark that also sees writes from other processes (a CLI import). One index probe
 * per request instead of reading a year of points for every KPI; a change anywhere
 * reloads a workspace on its next read, which errs on the side of fresh.
 */
export interface WorkspaceSnapshots {
  get(workspace: { readonly id: number; readonly slug: string }): Promise<Snapshot>;
}

export interface Snapshot {
  readonly mark: number;
  readonly workspace: Workspace;
  /** Per-snapshot memo for derived answers (dashboards by filter and minute). */
  readonly derived: Map<string, unknown>;
}

export function createWorkspaceSnapshots(store: Store): WorkspaceSnapshots {
  const cache = new Map<number, Promise<Snapshot>>();
  return {
    async get(ref) {
      const mark = await latestChangeMark(store.db);
      const cached = cache.get(ref.id);
      if (cached) {
        const snapshot = await cached.catch(() => undefined);
        if (snapshot && snapshot.mark === mark) return snapshot;
      }
      // Concurrent requests for the same change share one load.
      const loading = loadWorkspace(store, ref.slug).then((workspace) => ({
        mark,
        workspace,
        derived: new Map(),
      }));
      cache.set(ref.id, loading);
      return loading;
    },
  };
}
