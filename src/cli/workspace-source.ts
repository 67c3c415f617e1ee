import type { Workspace } from '../core/model.js';
import { CliError } from './cli-error.js';
import type { CommandContext } from './main.js';
import { readWorkspaceFile } from './workspace-file.js';

export interface SourceOptions {
  readonly db?: string;
  readonly workspace?: string;
}

/**
 * The workspace a read-only command works on: the file when one is named, otherwise a
 * workspace in the store (--db, $RATCHET_DB or the default embedded database).
 */
export async function loadWorkspaceSource(
  file: string | undefined,
  options: SourceOptions,
  ctx: CommandContext,
): Promise<Workspace> {
  if (file !== undefined && options.db !== undefined) {
    throw new CliError('name either a workspace file or --db, not both.');
  }
  if (file !== undefined) {
    if (options.workspace !== undefined) {
      throw new CliError(
        '--workspace picks a workspace in a database; a file holds just one. Drop --workspace.',
      );
    }
    return readWorkspaceFile(file, ctx.io);
  }
  // Loaded only here: a file needs neither the store nor a database driver.
  const [{ withStore }, { loadWorkspace }] = await Promise.all([
    import('./commands/with-store.js'),
    import('../service/workspace-load.service.js'),
  ]);
  return withStore(ctx, options.db, (store) => loadWorkspace(store, options.workspace), { mustExist: true });
}
