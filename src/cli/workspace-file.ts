import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Workspace } from '../core/model.js';
import { withCheckInPoints } from '../core/okr/check-in-points.js';
import { type Diagnostic, formatDiagnostics, parseWorkspace } from '../workspace/index.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './io.js';

/** A workspace file with errors: every problem, for a command that reports them its own way (`check --json`). */
export class InvalidWorkspaceFileError extends CliError {
  constructor(
    path: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(`${path} is not a valid workspace file:\n${formatDiagnostics(diagnostics)}`, 1);
    this.name = 'InvalidWorkspaceFileError';
  }
}

/** Reads and validates a workspace file; a broken file is a CliError listing every problem. */
export async function readWorkspaceFile(path: string, io: CliIo): Promise<Workspace> {
  const text = await readText(path, io);
  const { workspace, diagnostics } = parseWorkspace(text, path);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!workspace || errors.length > 0) {
    throw new InvalidWorkspaceFileError(path, diagnostics);
  }
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length > 0) io.err(`${formatDiagnostics(warnings)}\n`);
  return withCheckInPoints(workspace);
}

/** A file's text, `-` for standard input; a missing or unreadable file is a CliError. */
export async function readText(path: string, io: CliIo): Promise<string> {
  if (path === '-') return io.readStdin();
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new CliError(`cannot read ${path}: no such file. Check the path and try again.`);
    if (code === 'EISDIR')
      throw new CliError(`cannot read ${path}: it is a folder; name a .yaml file inside it.`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied.`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}
