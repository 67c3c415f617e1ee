import type { Command } from 'commander';
import { bindPort } from '../../server/bound-port.js';
import { DEMO_EMAIL, DEMO_PASSWORD, demoDatabaseUrl } from '../../server/demo-account.js';
import { SignInSettingsError, signInSettingsFromEnv } from '../../service/accounts/sso/sso-settings.js';
import { CliError } from '../cli-error.js';
import { DB_OPTION_HELP, resolveDatabaseUrl } from '../db-option.js';
import type { CommandContext } from '../main.js';

interface ServeOptions {
  readonly port?: string;
  readonly host: string;
  readonly db?: string;
  readonly trustProxy?: boolean;
  readonly demo?: boolean;
  readonly drainDelay?: string;
}

export function registerServeCommand(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('Run the web app and the HTTP API (stop with Ctrl-C; requests in flight finish first).')
    .option('--port <port>', 'port to listen on (default: $PORT or 3000; 0 picks a free one)')
    .option('--host <host>', 'address to bind; use 0.0.0.0 to accept other machines', '127.0.0.1')
    .option('--db <url>', DB_OPTION_HELP)
    .option(
      '--trust-proxy',
      'behind a reverse proxy: believe X-Forwarded-For/-Proto/-Host, mark cookies Secure',
    )
    .option(
      '--demo',
      `load examples/*.yaml and a demo user (${DEMO_EMAIL} / ${DEMO_PASSWORD}) into ./data/ratchet-demo.db (or --db)`,
    )
    .option(
      '--drain-delay <seconds>',
      'on SIGTERM, answer /readyz with 503 this long before closing (behind a load balancer)',
      '0',
    )
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port ?? ctx.io.env.PORT ?? '3000');
      // The demo keeps to a database of its own, so it never writes into the real one.
      const databaseUrl = options.demo ? demoDatabaseUrl(options.db) : resolveDatabaseUrl(options.db, ctx.io);
      const signIn = signInSettings(ctx.io.env);
      const drainDelayMs = parseSeconds(options.drainDelay ?? '0') * 1000;
      // The port first, then the server: /healthz answers while the app, the store and the
      // database drivers load (a second or so on a slow machine).
      const bound = await bindPort(port, options.host);
      let server: Awaited<ReturnType<typeof import('../../server/start-server.js').startServer>>;
      try {
        const [{ startServer }, { loadDemo, retireDemoAccount }] = await Promise.all([
          import('../../server/start-server.js'),
          import('../../server/demo.js'),
        ]);
        server = await startServer({
          databaseUrl,
          port,
          host: options.host,
          bound,
          trustProxy: Boolean(options.trustProxy),
          cwd: ctx.io.cwd,
          signIn,
          drainDelayMs,
          beforeListen: options.demo
            ? async (store) => {
                const names = await loadDemo(store, ctx.io.now());
                ctx.io.out(`Demo workspaces loaded: ${names.join(', ')}\n`);
              }
            : async (store) => {
                if (await retireDemoAccount(store, ctx.io.now()))
                  ctx.io.out(
                    `The demo account ${DEMO_EMAIL} can no longer sign in here (serve --demo brings it back).\n`,
                  );
              },
        });
      } catch (error) {
        bound.close();
        throw error;
      }
      ctx.io.out(`Ratchet is listening on ${server.url}  (database: ${server.store.description})\n`);
      if (options.demo) ctx.io.out(`Sign in as ${DEMO_EMAIL} with the password ${DEMO_PASSWORD}\n`);
      await untilStopSignal();
      ctx.io.out('Stopping: finishing requests in flight…\n');
      await server.stop();
      ctx.io.out('Stopped.\n');
    });
}

function signInSettings(env: Readonly<Record<string, string | undefined>>) {
  try {
    return signInSettingsFromEnv(env);
  } catch (error) {
    if (error instanceof SignInSettingsError) throw new CliError(error.message);
    throw error;
  }
}

function parseSeconds(text: string): number {
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) > 300) {
    throw new CliError(`--drain-delay: expected seconds from 0 to 300, got "${text}".`);
  }
  return Number(text);
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new CliError(`--port: expected a port number from 0 to 65535, got "${text}".`);
  }
  return port;
}

function untilStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
