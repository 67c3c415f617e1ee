import type { Command } from 'commander';
import { evaluateWorkspace } from '../../core/evaluate.js';
import type { Workspace } from '../../core/model.js';
import { resolveAsOf } from '../as-of.js';
import type { CommandContext } from '../main.js';
import { renderFindings } from '../render/findings-text.js';
import { plural } from '../render/report-text.js';
import { paintFor } from '../render/style.js';
import { InvalidWorkspaceFileError } from '../workspace-file.js';
import { loadWorkspaceSource, type SourceOptions } from '../workspace-source.js';

interface CheckOptions extends SourceOptions {
  readonly asOf?: string;
  readonly json?: boolean;
}

/** For CI: the coach's findings, exit 1 when any is an error. */
export function registerCheckCommand(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description(
      'Validate a workspace and list the coach’s findings; exits 1 when any finding is an error (for CI).',
    )
    .argument('[file]', 'workspace file (YAML or JSON); omit it to read from --db')
    .option('--as-of <date>', 'judge as of the end of this day (YYYY-MM-DD); default today')
    .option('--json', 'print {ok, findings} as JSON ({ok: false, diagnostics} for an invalid file)')
    .option('--db <url>', 'read the workspace from a database instead of a file')
    .option('--workspace <name>', 'with --db: which workspace')
    .action(async (file: string | undefined, options: CheckOptions) => {
      const asOf = resolveAsOf(options.asOf, ctx.io.now());
      let workspace: Workspace;
      try {
        workspace = await loadWorkspaceSource(file, options, ctx);
      } catch (error) {
        // CI reading --json gets the file's problems as JSON too, not a sentence on stderr.
        if (!(options.json && error instanceof InvalidWorkspaceFileError)) throw error;
        ctx.io.out(
          `${JSON.stringify({ ok: false, diagnostics: error.diagnostics, findings: [] }, null, 2)}\n`,
        );
        ctx.exitCode = 1;
        return;
      }
      const { findings } = evaluateWorkspace(workspace, asOf);
      const errors = findings.filter((f) => f.severity === 'error').length;
      if (options.json) {
        ctx.io.out(`${JSON.stringify({ ok: errors === 0, findings }, null, 2)}\n`);
      } else {
        const paint = paintFor(ctx.io);
        ctx.io.out(`${renderFindings(findings, paint).join('\n')}\n`);
        const warnings = findings.filter((f) => f.severity === 'warning').length;
        const notes = findings.length - errors - warnings;
        ctx.io.out(
          `\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')}.\n`,
        );
      }
      if (errors > 0) ctx.exitCode = 1;
    });
}
