import type { Command } from 'commander';
import { isRole, ROLES, type Role } from '../../service/accounts/roles.js';
import { addUser } from '../../service/accounts/user.service.js';
import { listUsers, removeUser, setUserEnabled } from '../../service/accounts/user-admin.service.js';
import { CliError } from '../cli-error.js';
import { DB_OPTION_HELP } from '../db-option.js';
import type { CommandContext } from '../main.js';
import { listText } from '../render/record-list.js';
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
    .description(
      'Add a user, or update one: a role in a workspace, a new password (without one, an existing account keeps its own).',
    )
    .requiredOption('--email <email>', 'their email, used to sign in')
    .option(
      '--password <password>',
      'at least 10 characters (or pipe it on stdin to keep it out of shell history); needed for a new account',
    )
    .option('--name <name>', 'their name (default: from the email)')
    .option('--workspace <name>', 'a workspace (name or slug) to add them to')
    .option('--role <role>', `their role there: ${ROLES.join(', ')} (default editor)`)
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: UserAddOptions) => {
      const role = parseRole(options.role, options.workspace);
      const piped = options.password === undefined ? (await ctx.io.readStdin()).trim() : '';
      const password = options.password ?? (piped === '' ? undefined : piped);
      await withStore(ctx, options.db, async (store) => {
        const result = await addUser(
          store.db,
          { email: options.email, password, name: options.name, workspace: options.workspace, role },
          ctx.io.now(),
        );
        const what = result.created ? 'Added' : password === undefined ? 'Kept' : 'Updated the password of';
        const where = result.workspace ? ` as ${result.workspace.role} of ${result.workspace.slug}` : '';
        ctx.io.out(`${what} ${result.user.email}${where}.\n`);
      });
    });

  user
    .command('list')
    .description('List the accounts, whether they can sign in, and their roles.')
    .option('--json', 'print JSON instead of a table')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: { json?: boolean; db?: string }) => {
      await withStore(
        ctx,
        options.db,
        async (store) => {
          const users = await listUsers(store.db);
          ctx.io.out(
            listText(users, options.json, {
              empty: 'No accounts yet. Add one with `ratchet user add --email <email> --workspace <name>`.',
              columns: [
                ['email', 'l'],
                ['name', 'l'],
                ['status', 'l'],
                ['roles', 'l'],
              ],
              row: (u) => [
                u.email,
                u.name,
                u.disabled ? 'disabled' : 'active',
                u.workspaces.map((w) => `${w.workspace} (${w.role})`).join(', ') || 'no workspace',
              ],
            }),
          );
        },
        { mustExist: true },
      );
    });

  for (const [verb, enabled] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    user
      .command(`${verb} <email>`)
      .description(
        enabled
          ? 'Let a disabled account sign in again.'
          : 'Stop an account signing in and end its sessions now (its history stays).',
      )
      .option('--db <url>', DB_OPTION_HELP)
      .action(async (email: string, options: { db?: string }) => {
        await withStore(
          ctx,
          options.db,
          async (store) => {
            const result = await setUserEnabled(store.db, email, enabled, ctx.io.now());
            const state = enabled ? 'enabled' : 'disabled';
            ctx.io.out(
              result.changed ? `${result.email} is ${state}.\n` : `${result.email} was already ${state}.\n`,
            );
          },
          { mustExist: true },
        );
      });
  }

  user
    .command('remove <email>')
    .description('Delete an account with its memberships and sessions; workspace people and history stay.')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (email: string, options: { db?: string }) => {
      await withStore(
        ctx,
        options.db,
        async (store) => {
          const result = await removeUser(store.db, email);
          ctx.io.out(`Removed the account ${result.email}.\n`);
        },
        { mustExist: true },
      );
    });
}

function parseRole(role: string | undefined, workspace: string | undefined): Role | undefined {
  if (role === undefined) return undefined;
  if (workspace === undefined)
    throw new CliError('--role needs --workspace: a role is always in one workspace.');
  if (!isRole(role)) throw new CliError(`--role: expected one of ${ROLES.join(', ')}, got "${role}".`);
  return role;
}
