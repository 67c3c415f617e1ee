import type { Command } from 'commander';
import type { CommandContext } from '../main.js';

/** One line per command; each command lives in its own `<name>.command.ts`. */
export function registerCommands(program: Command, ctx: CommandContext): void {
  void program;
  void ctx;
}
