import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { loadWorkspace } from '../../src/service/workspace-load.service.js';
import type { Store } from '../../src/store/database.js';
import type { Diagnostic } from '../../src/workspace/index.js';
import { parseWorkspace, serializeWorkspace } from '../../src/workspace/index.js';

export interface RoundTrip {
  /** The workspace as exported from the store the API wrote. */
  readonly first: string;
  /** The same, after `ratchet import` of `first` into an empty store and exporting again. */
  readonly second: string;
  /** What `ratchet import` said about `first`: errors mean the API stored what import rejects. */
  readonly errors: readonly Diagnostic[];
}

/**
 * export → import → export (issue 13, defect 5): what the API stored must be a file
 * `ratchet import` takes back, and the second export must equal the first.
 */
export async function exportImportExport(from: Store, workspace: string, into: Store): Promise<RoundTrip> {
  const first = serializeWorkspace(await loadWorkspace(from, workspace), 'yaml');
  const parsed = parseWorkspace(first, 'export.yaml');
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.workspace) return { first, second: '', errors };
  const imported = await importWorkspace(into, parsed.workspace, { actor: 'system', at: Date.now() });
  const second = serializeWorkspace(await loadWorkspace(into, imported.workspace), 'yaml');
  return { first, second, errors };
}
