import type { Command } from 'commander';
import { evaluateWorkspace } from '../../core/evaluate.js';
import { resolveAsOf } from '../as-of.js';
import type { CommandContext } from '../main.js';
import { renderReport } from '../render/report-text.js';
import { paintFor } from '../render/style.js';
import { loadWorkspaceSource, type SourceOptions } from '../workspace-source.js';

interface ReportOptions extends SourceOptions {
  readonly asOf?: string;
  readonly json?: boolean;
}

export function registerReportCommand(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description('Where the workspace stands: KPI health, objective progress and the coach’s findings.')
    .argument('[file]', 'workspace file (YAML or JSON); omit it to read from --db')
    .option('--as-of <date>', 'evaluate as of the end of this day (YYYY-MM-DD); default today')
    .option('--json', 'print the report as JSON')
    .option(
      '--db <url>',
      'read the workspace from a database (sqlite:<path> or postgres://…) instead of a file',
    )
    .option('--workspace <name>', 'with --db: which workspace')
    .action(async (file: string | undefined, options: ReportOptions) => {
      const asOf = resolveAsOf(options.asOf, ctx.io.now());
      const workspace = await loadWorkspaceSource(file, options, ctx);
      const report = evaluateWorkspace(workspace, asOf);
      ctx.io.out(
        options.json
          ? `${JSON.stringify(report, null, 2)}\n`
          : renderReport(report, workspace, paintFor(ctx.io)),
      );
    });
}
