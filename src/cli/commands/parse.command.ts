import type { Command } from 'commander';
import { formatValue } from '../../core/format.js';
import { parseStatement, type StatementReading } from '../../core/statement/index.js';
import { toIsoDate } from '../../core/time.js';
import { resolveAsOf } from '../as-of.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';
import { type Paint, paintFor } from '../render/style.js';

interface ParseFlags {
  readonly json?: boolean;
  readonly asOf?: string;
}

/**
 * `ratchet parse [--json] [statement…]`: how Ratchet reads goals written in plain language.
 * Each argument is one statement; with none, each non-empty line of standard input is.
 */
export function registerParseCommand(program: Command, ctx: CommandContext): void {
  program
    .command('parse')
    .description(
      'Read goal statements written in plain language: key result, KPI, task, milestone or objective.',
    )
    .argument(
      '[statement...]',
      'statements, each in quotes, e.g. "Reduce churn from 8% to 5%"; omit them to read one per line from stdin',
    )
    .option('--json', 'print one JSON object per statement, one per line')
    .option(
      '--as-of <date>',
      'place dates written without a year ("by March", "Q2") after this day (YYYY-MM-DD); default today',
    )
    .action(async (statements: string[], flags: ParseFlags) => {
      const asOf = toIsoDate(resolveAsOf(flags.asOf, ctx.io.now()));
      const texts = statements.length > 0 ? statements : (await ctx.io.readStdin()).split(/\r?\n/);
      const readings = texts.filter((t) => t.trim() !== '').map((t) => parseStatement(t, asOf));
      if (readings.length === 0) {
        throw new CliError(
          'no statement to read: pass statements as arguments, each in quotes (ratchet parse "Reduce churn from 8% to 5%"), or one per line on standard input.',
        );
      }
      if (flags.json) {
        ctx.io.out(readings.map((r) => `${JSON.stringify(r)}\n`).join(''));
        return;
      }
      const paint = paintFor(ctx.io);
      ctx.io.out(`${readings.map((r) => describe(r, paint)).join('\n\n')}\n`);
    });
}

const KIND_LABEL: Readonly<Record<StatementReading['kind'], string>> = {
  key_result: 'key result',
  kpi: 'KPI',
  task: 'task',
  milestone: 'milestone',
  objective: 'objective',
};

/** A few lines per statement: what it is, its numbers, why, and the coach's advice. */
function describe(r: StatementReading, paint: Paint): string {
  const headline = [
    paint.bold(KIND_LABEL[r.kind]),
    r.metric,
    r.direction?.replace('_', ' '),
    numbers(r),
    r.due ? `due ${r.due}` : null,
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  const lines = [`“${r.text}”`, `  ${headline}`, `  ${paint.dim(`why: ${r.why}`)}`];
  for (const f of r.findings) {
    const mark =
      f.severity === 'warning'
        ? paint.yellow('▲')
        : f.severity === 'error'
          ? paint.red('✖')
          : paint.cyan('ℹ');
    lines.push(`  ${mark} ${paint.dim(f.rule)} ${f.message}`);
  }
  return lines.join('\n');
}

function numbers(r: StatementReading): string | null {
  const v = (n: number) => formatValue(n, r.unit);
  const parts: string[] = [];
  if (r.kind === 'kpi') {
    if (r.direction === 'between' && r.low !== null && r.high !== null)
      parts.push(`${v(r.low)} to ${v(r.high)}`);
    else if (r.direction === 'at_most' && r.target !== null) parts.push(`≤ ${v(r.target)}`);
    else if (r.direction === 'at_least' && r.target !== null) parts.push(`≥ ${v(r.target)}`);
    if (r.current !== null) parts.push(`now ${v(r.current)}`);
  } else {
    const goal =
      r.low !== null && r.high !== null
        ? `${v(r.low)} to ${v(r.high)}`
        : r.target !== null
          ? v(r.target)
          : null;
    if (r.baseline !== null || goal !== null)
      parts.push(`${r.baseline !== null ? v(r.baseline) : '?'} → ${goal ?? '?'}`);
    if (r.change) {
      const sign = r.change.amount >= 0 ? '+' : '−';
      const amount = Math.abs(r.change.amount);
      parts.push(`change ${sign}${r.change.relative ? `${formatValue(amount, '%')}` : v(amount)}`);
    }
  }
  return parts.length > 0 ? parts.join(', ') : null;
}
