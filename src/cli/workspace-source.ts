import type { Workspace } from '../core/model.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './io.js';
import { readWorkspaceFile } from './workspace-file.js';

export interface SourceOptions {
  readonly db?: string;
  readonly workspace?: string;
}

/** The workspace a read-only command works on: a file, or a workspace in the store. */
export async function loadWorkspaceSource(
  file: string | undefined,
  options: SourceOptions,
  io: CliIo,
): Promise<Workspace> {
  if (file !== undefined && options.db !== undefined) {
    throw new CliError('name either a workspace file or --db, not both.');
  }
  if (file !== undefined) return readWorkspaceFile(file, io);
  if (options.db !== undefined) {
    throw new CliError('reading from --db is not available yet in this build.');
  }
  throw new CliError(
    'name a workspace file (e.g. `ratchet report examples/support-team.yaml`) or --db <url>.',
  );
}
