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
  readonly stretch?: boolean;
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
    .option(
      '--stretch',
      'raise the floor: aim past the bound (by the warning band, or 10%) so achieving it ratchets',
    )
    .option('--json', 'print the drafted objective as JSON')
    .action(async (file: string, kpiId: string, options: DraftOptions) => {
      const asOf = resolveAsOf(options.asOf, ctx.io.now());
      const workspace = await loadWorkspaceSource(file, options, ctx);
      const draft = draftOkrFromKpi(workspace, kpiId, asOf, { stretch: options.stretch === true });
      if (!draft.ok) throw new CliError(draft.message, 1);
      if (options.json) {
        const { cycle, objective, targets, ratchets } = draft;
        ctx.io.out(`${JSON.stringify({ cycle: cycle.id, objective, targets, ratchets }, null, 2)}\n`);
        return;
      }
      ctx.io.out(
        `# Drafted for ${kpiId} in cycle ${draft.cycle.id} (${draft.cycle.start} – ${draft.cycle.end}).\n` +
          `# ${ratchetNote(draft.ratchets, draft.targets.raiseTheFloor, options.stretch === true)}\n` +
          '# Add it under `objectives:` in the workspace file.\n' +
          stringify([objectiveRecord(draft.objective)], { lineWidth: 0 }),
      );
    });
}

function ratchetNote(ratchets: boolean, stretch: number | undefined, asked: boolean): string {
  if (ratchets) return 'Its target lies past the healthy bound: achieving it proposes a ratchet at close.';
  if (asked && stretch === undefined)
    return 'The bound leaves no room to aim past it; this target will not ratchet.';
  return 'Only a target past the healthy bound will ratchet: run with --stretch to raise the floor.';
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
