import type { Command } from 'commander';
import type { CommandContext } from '../main.js';

type Register = (program: Command, ctx: CommandContext) => void;

/**
 * One line per command, in the order `ratchet --help` lists them; each command lives in
 * its own `<name>.command.ts` and is loaded only when it runs (or help lists them all),
 * so `ratchet parse` never loads the store, the server or the database drivers.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  report: async () => (await import('./report.command.js')).registerReportCommand,
  check: async () => (await import('./check.command.js')).registerCheckCommand,
  'draft-okr': async () => (await import('./draft-okr.command.js')).registerDraftOkrCommand,
  serve: async () => (await import('./serve.command.js')).registerServeCommand,
  workspace: async () => (await import('./workspace.command.js')).registerWorkspaceCommand,
  user: async () => (await import('./user.command.js')).registerUserCommand,
  token: async () => (await import('./token.command.js')).registerTokenCommand,
  suggest: async () => (await import('./suggest.command.js')).registerSuggestCommand,
  parse: async () => (await import('./parse.command.js')).registerParseCommand,
  advise: async () => (await import('./advise.command.js')).registerAdviseCommand,
  migrate: async () => (await import('./migrate.command.js')).registerMigrateCommand,
  import: async () => (await import('./import.command.js')).registerImportCommand,
  export: async () => (await import('./export.command.js')).registerExportCommand,
  digest: async () => (await import('./digest.command.js')).registerDigestCommand,
  pull: async () => (await import('./pull.command.js')).registerPullCommand,
  backup: async () => (await import('./backup.command.js')).registerBackupCommand,
  restore: async () => (await import('./restore.command.js')).registerRestoreCommand,
};

/**
 * Registers the command `argv` names, or every command when it names none it knows
 * (help, a typo that wants suggestions). `--version` alone needs no command at all.
 */
export async function registerCommands(
  program: Command,
  ctx: CommandContext,
  argv: readonly string[] = [],
): Promise<void> {
  const [first] = argv;
  if (argv.length === 1 && (first === '--version' || first === '-V')) return;
  const named = first === undefined ? undefined : COMMANDS[first];
  const loaders = named ? [named] : Object.values(COMMANDS);
  const registers = await Promise.all(loaders.map((load) => load()));
  for (const register of registers) register(program, ctx);
}
