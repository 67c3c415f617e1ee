import type { Command } from 'commander';
import {
  createWorkspace,
  listWorkspaces,
  removeWorkspace,
  renameWorkspace,
} from '../../service/accounts/workspace-admin.service.js';
import { resolveWorkspace } from '../../service/workspace-ref.js';
import { CliError } from '../cli-error.js';
import { DB_OPTION_HELP } from '../db-option.js';
import type { CommandContext } from '../main.js';
import { listText } from '../render/record-list.js';
import { withStore } from './with-store.js';

const CLI_ACTOR = 'cli';

export function registerWorkspaceCommand(program: Command, ctx: CommandContext): void {
  const workspace = program.command('workspace').description('Create, list, rename and delete workspaces.');

  workspace
    .command('create <name>')
    .description('Create an empty workspace; add people with `ratchet user add --workspace <name>`.')
    .option('--freelancer', 'a one-person workspace: personal KPIs, no teams')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (name: string, options: { freelancer?: boolean; db?: string }) => {
      await withStore(ctx, options.db, async (store) => {
        const created = await createWorkspace(
          store,
          { name, freelancer: Boolean(options.freelancer) },
          { actor: CLI_ACTOR, at: ctx.io.now() },
        );
        ctx.io.out(
          `Created ${created.freelancer ? 'the freelancer workspace' : 'the workspace'} "${created.name}" (slug ${created.slug}).\n` +
            `Give someone access: ratchet user add --email <email> --workspace ${created.slug} --role owner\n`,
        );
      });
    });

  workspace
    .command('list')
    .description('List the workspaces with their slugs and how many people can open them.')
    .option('--json', 'print JSON instead of a table')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (options: { json?: boolean; db?: string }) => {
      await withStore(
        ctx,
        options.db,
        async (store) => {
          const all = await listWorkspaces(store.db);
          ctx.io.out(
            listText(all, options.json, {
              empty: 'No workspaces yet. Create one with `ratchet workspace create <name>`.',
              columns: [
                ['name', 'l'],
                ['slug', 'l'],
                ['kind', 'l'],
                ['members', 'r'],
              ],
              row: (w) => [w.name, w.slug, w.freelancer ? 'freelancer' : 'team', String(w.members)],
            }),
          );
        },
        { mustExist: true },
      );
    });

  workspace
    .command('rename <workspace> <new-name>')
    .description('Give a workspace (name or slug) a new name; its slug, links and tokens stay.')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (ref: string, newName: string, options: { db?: string }) => {
      await withStore(
        ctx,
        options.db,
        async (store) => {
          const renamed = await renameWorkspace(store, ref, newName, { actor: CLI_ACTOR, at: ctx.io.now() });
          ctx.io.out(`Renamed ${renamed.slug} to "${renamed.name}".\n`);
        },
        { mustExist: true },
      );
    });

  workspace
    .command('delete <workspace>')
    .description('Delete a workspace (name or slug) and everything in it; needs --yes.')
    .option('--yes', 'really delete: KPIs, OKRs, history, memberships and tokens go with it')
    .option('--db <url>', DB_OPTION_HELP)
    .action(async (ref: string, options: { yes?: boolean; db?: string }) => {
      await withStore(
        ctx,
        options.db,
        async (store) => {
          if (!options.yes) {
            const row = await resolveWorkspace(store.db, ref);
            throw new CliError(
              `deleting "${row.name}" removes its KPIs, OKRs, history, memberships and tokens for good. ` +
                `Back up first (\`ratchet backup\`), then run \`ratchet workspace delete ${row.slug} --yes\`.`,
            );
          }
          const removed = await removeWorkspace(store.db, ref);
          ctx.io.out(`Deleted the workspace "${removed.name}" (${removed.slug}).\n`);
        },
        { mustExist: true },
      );
    });
}
