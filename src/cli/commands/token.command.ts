import type { Command } from 'commander';
import { createApiToken } from '../../service/accounts/api-token.service.js';
import { isTokenScope, TOKEN_SCOPES, type TokenScope } from '../../service/accounts/roles.js';
import { resolveWorkspace } from '../../service/workspace-ref.js';
import { CliError } from '../cli-error.js';
import type { CommandContext } from '../main.js';
import { withStore } from './with-store.js';

interface TokenCreateOptions {
  readonly workspace: string;
  readonly scope: string[];
  readonly name?: string;
  readonly db?: string;
}

export function registerTokenCommand(program: Command, ctx: CommandContext): void {
  const token = program.command('token').description('Manage API tokens for scripts and other systems.');
  token
    .command('create')
    .description('Create a workspace API token; it is printed once, so store it now.')
    .requiredOption('--workspace <name>', 'the workspace (name or slug) the token opens')
    .requiredOption(
      '--scope <scope>',
      `what it may do: ${TOKEN_SCOPES.join(', ')} (repeat or comma-separate for several)`,
      (value: string, previous: string[] = []) => [...previous, ...value.split(',')],
    )
    .option('--name <name>', 'a label to recognise it by, e.g. "warehouse sync"', 'cli')
    .option('--db <url>', 'database (default: $RATCHET_DB or sqlite:./data/ratchet.db)')
    .action(async (options: TokenCreateOptions) => {
      const scopes = parseScopes(options.scope);
      await withStore(
        ctx,
        options.db,
        async (store) => {
          const workspace = await resolveWorkspace(store.db, options.workspace);
          const created = await createApiToken(
            store.db,
            { workspaceId: workspace.id, name: options.name ?? 'cli', scopes, createdBy: null },
            ctx.io.now(),
          );
          ctx.io.err(
            `Token ${created.token.id} for ${workspace.slug} (${scopes.join(', ')}). It is shown only now:\n`,
          );
          ctx.io.out(`${created.secret}\n`);
        },
        { mustExist: true },
      );
    });
}

function parseScopes(raw: readonly string[]): TokenScope[] {
  const scopes = raw.map((s) => s.trim()).filter((s) => s !== '');
  const unknown = scopes.filter((s) => !isTokenScope(s));
  if (unknown.length > 0 || scopes.length === 0) {
    throw new CliError(`--scope: expected ${TOKEN_SCOPES.join(', ')}, got "${raw.join(',')}".`);
  }
  return scopes.filter(isTokenScope);
}
