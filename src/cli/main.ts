import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { registerCommands } from './commands/index.js';
import { type CliIo, processIo } from './io.js';
import { ordinaryErrorMessage } from './ordinary-errors.js';

export interface CommandContext {
  readonly io: CliIo;
  /** Set by a command to choose the process exit code (e.g. `check` with errors → 1). */
  exitCode: number;
}

/** Runs the `ratchet` CLI and resolves to the process exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = new Command('ratchet')
    .description('Ratchet: KPIs hold the floor, OKRs raise it, and the new floor locks in.')
    .version('0.1.0')
    .showHelpAfterError('(run `ratchet --help` for the commands, `ratchet <command> --help` for one)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  await registerCommands(program, ctx, argv);
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version arrive here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.err(`ratchet: ${error.message}\n`);
      return error.exitCode;
    }
    const ordinary = ordinaryErrorMessage(error);
    if (ordinary) {
      io.err(`ratchet: ${ordinary}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(
      `ratchet: unexpected error: ${message}\nThis is a bug in Ratchet; please report it with the command you ran.\n`,
    );
    return 70;
  }
}
