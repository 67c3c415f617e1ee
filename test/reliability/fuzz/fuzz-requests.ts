import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Pools, resolve, type Schema, valueFor } from './schema-values.js';
import type { Random } from './seeded-random.js';

export interface Route {
  readonly method: string;
  readonly path: string;
  readonly operation: Schema;
}

export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
  readonly contentType?: string;
}

/**
 * Operations the fuzz leaves out, and why: they end the fuzzing callers' own access
 * (sign-out, revoking tokens, deleting the workspace), run once per server (setup), reach
 * outside the machine (sources, webhook and channel tests, tool imports), or never end
 * (the event stream). Each has tests of its own.
 */
const LEFT_OUT: readonly RegExp[] = [
  /^\/api\/v1\/setup/,
  /^\/api\/v1\/auth\//,
  /^\/api\/v1\/invitations\//,
  /^\/api\/v1\/workspaces$/,
  /^DELETE \/api\/v1\/workspaces\/\{ws\}\/tokens\//,
  /\/events$/,
  /\/source\/(check|run)$/,
  /\/(webhooks|channels)\/\{id\}\/test$/,
  /\/imports\/\{tool\}$/,
];

export const spec = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'openapi.json'), 'utf8'),
) as Schema;

export function fuzzedRoutes(): Route[] {
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(spec.paths as Record<string, Record<string, Schema>>)) {
    for (const [method, operation] of Object.entries(operations)) {
      const upper = method.toUpperCase();
      if (LEFT_OUT.some((pattern) => pattern.test(path) || pattern.test(`${upper} ${path}`))) continue;
      routes.push({ method: upper, path, operation });
    }
  }
  return routes;
}

/** What each path parameter names, so most requests hit a real record. */
function idsFor(path: string, param: string): string {
  if (param === 'ws') return 'workspaces';
  if (param === 'kr') return 'keyResults';
  if (param === 'entry') return 'numbers';
  const segments = path.split('/');
  const collection = segments[segments.indexOf(`{${param}}`) - 1];
  const byCollection: Record<string, string> = {
    kpis: 'kpis',
    objectives: 'objectives',
    'key-results': 'keyResults',
    cycles: 'cycles',
    initiatives: 'initiatives',
    teams: 'teams',
    people: 'people',
  };
  return byCollection[collection ?? ''] ?? 'numbers';
}

const BAD_PARAMS = [
  'no-such-thing',
  '\u0000',
  '0',
  '-1',
  '99999999999999999999',
  'a%2Fb',
  '..',
  'x'.repeat(300),
  '%C0%AE',
];

/** One request on a random route: params from the pools, body from the schema, often mutated. */
export function fuzzRequest(routes: readonly Route[], random: Random, pools: Pools): FuzzRequest {
  const route = random.pick(routes);
  const path = route.path.replace(/\{([a-z]+)\}/gi, (_, param: string) => {
    const ids = pools.ids[idsFor(route.path, param)] ?? [];
    return encodeURIComponent(
      random.chance(0.9) && ids.length > 0 ? random.pick(ids) : random.pick(BAD_PARAMS),
    );
  });
  const query = queryFor(route, random, pools);
  const target = query ? `${path}?${query}` : path;
  const content = (route.operation.requestBody as Schema | undefined)?.content as
    | Record<string, { schema: Schema }>
    | undefined;
  if (!content) {
    return route.method !== 'GET' && random.chance(0.05)
      ? { method: route.method, path: target, body: '{"unexpected": true}', contentType: 'application/json' }
      : { method: route.method, path: target };
  }
  if (content['text/csv'])
    return { method: route.method, path: target, body: csvFor(random), contentType: 'text/csv' };
  const schema = content['application/json']?.schema ?? {};
  const roll = random.next();
  if (roll < 0.04)
    return { method: route.method, path: target, body: '{"broken": ', contentType: 'application/json' };
  if (roll < 0.06) return { method: route.method, path: target, body: 'a=1', contentType: 'text/plain' };
  if (roll < 0.08) return { method: route.method, path: target, body: '', contentType: 'application/json' };
  if (roll < 0.1)
    return { method: route.method, path: target, body: '[1,2,3]', contentType: 'application/json' };
  const value = valueFor(schema, spec, random, pools);
  return { method: route.method, path: target, body: JSON.stringify(value), contentType: 'application/json' };
}

function queryFor(route: Route, random: Random, pools: Pools): string {
  const parameters = ((route.operation.parameters ?? []) as Schema[])
    .map((p) => resolve(p, spec))
    .filter((p) => p.in === 'query');
  const pairs: string[] = [];
  for (const parameter of parameters) {
    if (!random.chance(0.4)) continue;
    const value = valueFor((parameter.schema ?? {}) as Schema, spec, random, pools, String(parameter.name));
    pairs.push(`${encodeURIComponent(String(parameter.name))}=${encodeURIComponent(String(value))}`);
  }
  return pairs.join('&');
}

function csvFor(random: Random): string {
  return random.pick([
    'at,value\n2026-11-20,3\n2026-11-27,4.5\n',
    'at,value,note\n2026-11-21,7,"a, quoted note"\n',
    'at,value\n2026-11-20,abc\n',
    'when,value\n2026-11-20,3\n',
    'at,value\n',
    '',
    'at,value\n"2026-11-20,3\n',
    `at,value\n${'2026-11-20,1\n'.repeat(50)}`,
  ]);
}
