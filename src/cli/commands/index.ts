import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { registerAdviseCommand } from './advise.command.js';
import { registerBackupCommand } from './backup.command.js';
import { registerCheckCommand } from './check.command.js';
import { registerDraftOkrCommand } from './draft-okr.command.js';
import { registerExportCommand } from './export.command.js';
import { registerImportCommand } from './import.command.js';
import { registerMigrateCommand } from './migrate.command.js';
import { registerParseCommand } from './parse.command.js';
import { registerPullCommand } from './pull.command.js';
import { registerReportCommand } from './report.command.js';
import { registerRestoreCommand } from './restore.command.js';
import { registerServeCommand } from './serve.command.js';
import { registerSuggestCommand } from './suggest.command.js';
import { registerTokenCommand } from './token.command.js';
import { registerUserCommand } from './user.command.js';
import { registerWorkspaceCommand } from './workspace.command.js';

/** One line per command; each command lives in its own `<name>.command.ts`. */
export function registerCommands(program: Command, ctx: CommandContext): void {
  registerReportCommand(program, ctx);
  registerCheckCommand(program, ctx);
  registerDraftOkrCommand(program, ctx);
  registerServeCommand(program, ctx);
  registerWorkspaceCommand(program, ctx);
  registerUserCommand(program, ctx);
  registerTokenCommand(program, ctx);
  registerSuggestCommand(program, ctx);
  registerParseCommand(program, ctx);
  registerAdviseCommand(program, ctx);
  registerMigrateCommand(program, ctx);
  registerImportCommand(program, ctx);
  registerExportCommand(program, ctx);
  registerPullCommand(program, ctx);
  registerBackupCommand(program, ctx);
  registerRestoreCommand(program, ctx);
}
