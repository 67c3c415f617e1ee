import type { Command } from 'commander';
import { isRole, ROLES, type Role } from '../../service/accounts/roles.js';
import { addUser } from '../../service/accounts/user.service.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';
import { withStore } from './with-store.js';

interface UserAddOptions {
  readonly email: string;
  readonly password?: string;
  readonly name?: string;
  readonly workspace?: string;
  readonly role?: string;
  readonly db?: string;
}

export function registerUserCommand(program: Command, ctx: CommandContext): void {
  const user = program.command('user').description('Manage the people who can sign in.');
  user
    .command('add')
    .description('Add a user (or set the password of an existing one) and give them a role in a workspace.')
    .requiredOption('--email <email>', 'their email, used to sign in')
    .option(
      '--password <password>',
      'at least 10 characters (or pipe it on stdin to keep it out of shell history)',
    )
    .option('--name <name>', 'their name (default: from the email)')
    .option('--workspace <name>', 'a workspace (name or slug) to add them to')
    .option('--role <role>', `their role there: ${ROLES.join(', ')} (default editor)`)
    .option('--db <url>', 'database (default: $RATCHET_DB or sqlite:./data/ratchet.db)')
    .action(async (options: UserAddOptions) => {
      const role = parseRole(options.role, options.workspace);
      const password = options.password ?? (await ctx.io.readStdin()).trim();
      if (password === '') throw new CliError('give a password with --password, or pipe it on stdin.');
      await withStore(ctx, options.db, async (store) => {
        const result = await addUser(
          store.db,
          { email: options.email, password, name: options.name, workspace: options.workspace, role },
          ctx.io.now(),
        );
        const what = result.created ? 'Added' : 'Updated the password of';
        const where = result.workspace ? ` as ${result.workspace.role} of ${result.workspace.slug}` : '';
        ctx.io.out(`${what} ${result.user.email}${where}.\n`);
      });
    });
}

function parseRole(role: string | undefined, workspace: string | undefined): Role | undefined {
  if (role === undefined) return undefined;
  if (workspace === undefined)
    throw new CliError('--role needs --workspace: a role is always in one workspace.');
  if (!isRole(role)) throw new CliError(`--role: expected one of ${ROLES.join(', ')}, got "${role}".`);
  return role;
}
