import type { Command } from 'commander';
import { runDueSources } from '../../service/sources/run-due-sources.js';
import type { RunOutcome } from '../../service/sources/run-source.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';
import { withStore } from './with-store.js';

/** Runs KPI sources now (docs/sources.md); exits 1 when any run failed. */
export function registerPullCommand(program: Command, ctx: CommandContext): void {
  program
    .command('pull')
    .description('Run the KPI sources that are due now (HTTP, SQL, formulas) and store their values.')
    .option('--kpi <id>', 'run this KPI’s source, due or not')
    .option('--all', 'run every source, due or not (formulas included)')
    .option('--workspace <name>', 'only this workspace (every workspace by default)')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: { kpi?: string; all?: boolean; workspace?: string; db?: string }) => {
      const url = resolveDatabaseUrl(options.db, ctx.io);
      const outcomes = await withStore(ctx, url, (store) =>
        runDueSources(store, ctx.io.now(), {
          ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
          ...(options.kpi !== undefined ? { kpi: options.kpi } : {}),
          all: options.all === true,
          env: { ...ctx.io.env },
        }),
      );
      if (outcomes.length === 0) {
        ctx.io.out('No source is due; run `ratchet pull --all` to run them anyway.\n');
        return;
      }
      for (const outcome of outcomes) ctx.io.out(`${describe(outcome)}\n`);
      const failed = outcomes.filter((o) => o.status === 'error').length;
      ctx.io.out(`${outcomes.length - failed} of ${outcomes.length} sources ran; ${failed} failed.\n`);
      if (failed > 0) ctx.exitCode = 1;
    });
}

function describe(o: RunOutcome): string {
  const kpi = `${o.kpi} (${o.kind})`;
  switch (o.status) {
    case 'ok':
      return `✓ ${kpi}: ${o.points} ${o.points === 1 ? 'point' : 'points'}, latest ${o.value ?? '—'}`;
    case 'not_modified':
      return `✓ ${kpi}: unchanged since the last run`;
    case 'error':
      return `✗ ${kpi}: ${o.error ?? 'failed'}`;
  }
}
