import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pino from 'pino';
import type { TestDialect } from '../../../test/store/databases.js';
import type { Role } from '../../service/accounts/roles.js';
import type { SignInSettings } from '../../service/accounts/sso/sso-settings.js';
import { addUser } from '../../service/accounts/user.service.js';
import { importWorkspace } from '../../service/workspace-import.service.js';
import type { Store } from '../../store/database.js';
import { parseWorkspace } from '../../workspace/index.js';
import { createApp } from '../app.js';
import { examplesDir } from '../demo.js';
import { DEFAULT_BODY_LIMITS } from '../middleware/request-body.js';
import { DEFAULT_RATE_LIMITS, type RateLimits, type ServerDeps } from '../server-deps.js';

export const ORIGIN = 'http://ratchet.test';
export const START = Date.UTC(2026, 10, 23, 12);

export interface Caller {
  readonly cookie?: string;
  readonly token?: string;
  /** Defaults to our own origin for cookie callers, as a browser would send. */
  readonly origin?: string | null;
}

/** The app over a fresh database, called in-process (no socket), with a hand-moved clock. */
export async function testServer(
  dialect: TestDialect,
  options: { rateLimits?: Partial<RateLimits>; trustProxy?: boolean; signIn?: SignInSettings } = {},
) {
  const store: Store = await dialect.open();
  const clock = { now: START };
  const deps: ServerDeps = {
    store,
    logger: pino({ level: 'silent' }),
    now: () => clock.now,
    trustProxy: options.trustProxy ?? false,
    webRoot: null,
    bodyLimits: DEFAULT_BODY_LIMITS,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    lifecycle: { draining: false },
    ...(options.signIn ? { signIn: options.signIn } : {}),
  };
  const app = createApp(deps);

  async function call(
    method: string,
    path: string,
    body?: unknown,
    caller: Caller = {},
    headers: Record<string, string> = {},
  ) {
    const h: Record<string, string> = { ...headers };
    if (caller.cookie) h.cookie = caller.cookie;
    if (caller.token) h.authorization = `Bearer ${caller.token}`;
    const origin = caller.origin === undefined ? (caller.cookie ? ORIGIN : null) : caller.origin;
    if (origin && method !== 'GET') h.origin = origin;
    let payload: string | undefined;
    if (typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const response = await app.request(`${ORIGIN}${path}`, { method, headers: h, body: payload });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      json = null;
    }
    return {
      status: response.status,
      headers: response.headers,
      text,
      json: json as Record<string, unknown>,
    };
  }

  /** Runs first-run setup and returns the owner's session cookie. */
  async function setupOwner(workspaceName = 'Acme Support') {
    const response = await call('POST', '/api/v1/setup', {
      workspaceName,
      freelancer: false,
      name: 'Olivia Owner',
      email: 'olivia@acme.test',
      password: 'correct horse battery',
    });
    if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${response.text}`);
    return { cookie: sessionCookieOf(response.headers), slug: 'acme-support' };
  }

  async function signInAs(email: string, password = 'correct horse battery') {
    const response = await call('POST', '/api/v1/auth/sign-in', { email, password });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`);
    return sessionCookieOf(response.headers);
  }

  /** A member with `role` in `workspace`, signed in. */
  async function member(role: Role, workspace: string, email = `${role}@acme.test`) {
    await addUser(
      store.db,
      { email, password: 'correct horse battery', name: role, workspace, role },
      clock.now,
    );
    return signInAs(email);
  }

  return { app, store, db: store.db, clock, deps, call, setupOwner, signInAs, member };
}

export function sessionCookieOf(headers: Headers): string {
  const set = headers.get('set-cookie') ?? '';
  const match = /ratchet_session=([^;]+)/.exec(set);
  if (!match?.[1]) throw new Error(`no session cookie in "${set}"`);
  return `ratchet_session=${match[1]}`;
}

/** Loads example workspaces into the server's store; returns their slugs by file. */
export async function importExamples(
  server: Awaited<ReturnType<typeof testServer>>,
  files: readonly string[],
): Promise<string[]> {
  const slugs: string[] = [];
  for (const file of files) {
    const text = await readFile(join(examplesDir(), file), 'utf8');
    const parsed = parseWorkspace(text, file);
    if (!parsed.workspace) throw new Error(`example ${file} does not parse`);
    const result = await importWorkspace(server.store, parsed.workspace, {
      actor: 'system',
      at: server.clock.now,
    });
    const ref = await findOpenWorkspaceByName(server, result.workspace);
    slugs.push(ref);
  }
  return slugs;
}

async function findOpenWorkspaceByName(
  server: Awaited<ReturnType<typeof testServer>>,
  name: string,
): Promise<string> {
  const row = await server.db
    .selectFrom('workspaces')
    .select('slug')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.slug;
}
