import type { Command } from 'commander';
import { stringify } from 'yaml';
import { draftOkrFromKpi } from '../../core/loop/draft-okr.js';
import type { Objective } from '../../core/model.js';
import { resolveAsOf } from '../as-of.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';
import { loadWorkspaceSource, type SourceOptions } from '../workspace-source.js';

interface DraftOptions extends SourceOptions {
  readonly asOf?: string;
  readonly json?: boolean;
}

/** domain.md, "Drafted OKR from a KPI": the answer Ratchet offers for a breached KPI. */
export function registerDraftOkrCommand(program: Command, ctx: CommandContext): void {
  program
    .command('draft-okr')
    .description(
      'Draft the OKR that brings a breached KPI back to healthy, ready to paste into the workspace file.',
    )
    .argument('<file>', 'workspace file (YAML or JSON)')
    .argument('<kpi-id>', 'the KPI to fix')
    .option('--as-of <date>', 'judge the KPI as of the end of this day (YYYY-MM-DD); default today')
    .option('--json', 'print the drafted objective as JSON')
    .action(async (file: string, kpiId: string, options: DraftOptions) => {
      const asOf = resolveAsOf(options.asOf, ctx.io.now());
      const workspace = await loadWorkspaceSource(file, options, ctx);
      const draft = draftOkrFromKpi(workspace, kpiId, asOf);
      if (!draft.ok) throw new CliError(draft.message, 1);
      if (options.json) {
        ctx.io.out(`${JSON.stringify({ cycle: draft.cycle.id, objective: draft.objective }, null, 2)}\n`);
        return;
      }
      ctx.io.out(
        `# Drafted for ${kpiId} in cycle ${draft.cycle.id} (${draft.cycle.start} – ${draft.cycle.end}).\n` +
          '# Add it under `objectives:` in the workspace file, then adjust the target if the team can do better.\n' +
          stringify([objectiveRecord(draft.objective)], { lineWidth: 0 }),
      );
    });
}

/** The objective as the workspace file writes it (defaults left out). */
function objectiveRecord(o: Objective): Record<string, unknown> {
  return {
    id: o.id,
    title: o.title,
    ...(o.owner && { owner: o.owner }),
    ...(o.team && { team: o.team }),
    cycle: o.cycle,
    type: o.type,
    keyResults: o.keyResults.map((kr) => ({
      id: kr.id,
      title: kr.title,
      ...(kr.owner && { owner: kr.owner }),
      baseline: kr.baseline,
      target: kr.target,
      ...(kr.unit && { unit: kr.unit }),
      kpi: kr.kpi,
    })),
  };
}
