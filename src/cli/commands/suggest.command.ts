import type { Command } from 'commander';
import { suggest } from '../../core/suggest/suggest.js';
import { suggestionsText } from '../../core/suggest/suggestions-text.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';

interface SuggestFlags {
  readonly json?: boolean;
  readonly limit?: string;
  readonly freelancer?: boolean;
  readonly currency?: string;
}

/** `ratchet suggest "<objective>"`: KPIs to hold and key results to raise, from the template library. */
export function registerSuggestCommand(program: Command, ctx: CommandContext): void {
  program
    .command('suggest')
    .description('Suggest KPIs to hold and key results to raise for an objective, from the template library.')
    .argument('<objective>', 'the objective in your own words, e.g. "Improve customer support experience"')
    .option('--limit <n>', 'how many of each to list (1–50)', '5')
    .option('--freelancer', 'favour the freelancer templates (income, utilisation, pipeline, repeat clients)')
    .option('--currency <code>', 'ISO 4217 code for money metrics, e.g. EUR', 'USD')
    .option('--json', 'print the suggestions as JSON')
    .action((objective: string, flags: SuggestFlags) => {
      const suggestions = suggest(objective, {
        limit: readLimit(flags.limit),
        freelancer: flags.freelancer === true,
        currency: readCurrency(flags.currency),
      });
      ctx.io.out(flags.json ? `${JSON.stringify(suggestions, null, 2)}\n` : suggestionsText(suggestions));
    });
}

function readLimit(raw: string | undefined): number {
  const limit = Number(raw);
  if (!/^\d+$/.test(raw ?? '') || limit < 1 || limit > 50) {
    throw new CliError(`--limit must be a whole number from 1 to 50 (got “${raw}”).`);
  }
  return limit;
}

function readCurrency(raw: string | undefined): string {
  const code = (raw ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new CliError(`--currency must be a three-letter ISO 4217 code such as EUR or BRL (got “${raw}”).`);
  }
  return code;
}
