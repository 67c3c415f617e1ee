import type { Random } from './seeded-random.js';

/** An OpenAPI 3.1 schema object as `openapi.json` writes it. */
export type Schema = { readonly [key: string]: unknown };

/** Real keys of the workspace (KPIs, people, cycles…) and other values to fuzz with. */
export interface Pools {
  readonly ids: Readonly<Record<string, readonly string[]>>;
}

const NASTY_STRINGS = [
  '',
  ' ',
  'x'.repeat(5_000),
  '<script>alert(1)</script>',
  "'; drop table kpis; --",
  'Ünïcødé ✓ 数字',
  '\u0000',
  '../../etc/passwd',
  '%00',
  'null',
  '1e999',
  '2026-02-30',
  '2026-13-45T25:61:00Z',
  '{{7*7}}',
];
const DATES = ['2026-11-20', '2026-11-24T09:30:00Z', '2027-01-01', '1969-12-31', '9999-12-31', '2026-10-01'];
const NUMBERS = [0, 1, -1, 3.5, 42, 100, 1e308, -1e308, 2 ** 53 + 1, 0.000001];

/** Property names whose strings are keys of the workspace's records, by kind. */
const KEY_KINDS: Readonly<Record<string, string>> = {
  owner: 'people',
  person: 'people',
  by: 'people',
  team: 'teams',
  parent: 'parents',
  kpi: 'kpis',
  cycle: 'cycles',
  keyResult: 'keyResults',
  keyResults: 'keyResults',
  objective: 'objectives',
};
const DATE_NAMES = new Set([
  'at',
  'date',
  'start',
  'end',
  'until',
  'from',
  'to',
  'asOf',
  'since',
  'expiresAt',
]);

/**
 * A value for `schema`, valid more often than not (so requests get past validation and
 * change the workspace) and otherwise wrong in the ways clients are wrong.
 */
export function valueFor(
  schema: Schema,
  spec: Schema,
  random: Random,
  pools: Pools,
  name = '',
  depth = 0,
): unknown {
  const s = resolve(schema, spec);
  if (random.chance(0.04)) return random.pick<unknown>([null, 'wrong', 7, [], {}, true]);
  if (Array.isArray(s.enum)) return random.chance(0.9) ? random.pick(s.enum) : random.pick(NASTY_STRINGS);
  const variants = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (variants) return valueFor(random.pick(variants), spec, random, pools, name, depth);
  const all = s.allOf as Schema[] | undefined;
  if (all?.[0]) {
    const nullable = all.some((part) => Array.isArray(part.type) && part.type.includes('null'));
    return nullable && random.chance(0.15) ? null : valueFor(all[0], spec, random, pools, name, depth);
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  const type = types.length > 1 && random.chance(0.8) ? types.find((t) => t !== 'null') : random.pick(types);
  switch (type) {
    case 'null':
      return null;
    case 'object':
      return objectFor(s, spec, random, pools, depth);
    case 'array': {
      if (depth > 3) return [];
      const items = (s.items ?? {}) as Schema;
      const length = random.pick([0, 1, 1, 2, 3]);
      return Array.from({ length }, () => valueFor(items, spec, random, pools, name, depth + 1));
    }
    case 'integer':
      return random.chance(0.7) ? random.int(4) : random.pick(NUMBERS);
    case 'number':
      return random.chance(0.6) ? Math.round(random.next() * 1000) / 10 : random.pick(NUMBERS);
    case 'boolean':
      return random.chance(0.95) ? random.chance(0.5) : 'yes';
    case 'string':
      return stringFor(s, random, pools, name);
    default:
      return random.pick<unknown>([1, 'x', null]);
  }
}

function objectFor(s: Schema, spec: Schema, random: Random, pools: Pools, depth: number): unknown {
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s.required ?? []) as string[]);
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (random.chance(required.has(key) ? 0.93 : 0.4))
      out[key] = valueFor(property, spec, random, pools, key, depth + 1);
  }
  if (random.chance(0.03)) out[random.pick(['healty', '__proto__', 'constructor', 'extra'])] = 1;
  return out;
}

function stringFor(s: Schema, random: Random, pools: Pools, name: string): string {
  const kind = KEY_KINDS[name];
  const keys = kind ? pools.ids[kind] : undefined;
  if (keys && keys.length > 0 && random.chance(0.8)) return random.pick(keys);
  if (DATE_NAMES.has(name) || s.format === 'date-time' || s.format === 'date')
    return random.chance(0.85) ? random.pick(DATES) : random.pick(NASTY_STRINGS);
  if (name === 'email' || s.format === 'email')
    return random.chance(0.8) ? `fuzz${random.int(50)}@acme.test` : random.pick(NASTY_STRINGS);
  if (name === 'url')
    return random.pick(['https://example.com/hook', 'http://127.0.0.1:1/x', 'ftp://x', 'not a url']);
  if (random.chance(0.25)) return random.pick(NASTY_STRINGS);
  const words = ['Churn', 'First response', 'Answer faster', 'Tier 2', 'Ship it', 'Ada', 'Backlog'];
  return `${random.pick(words)} ${random.int(1000)}`;
}

export function resolve(schema: Schema, spec: Schema): Schema {
  let s = schema;
  for (let hops = 0; typeof s.$ref === 'string' && hops < 10; hops++) {
    const path = (s.$ref as string).replace(/^#\//, '').split('/');
    s = path.reduce<Schema>((node, part) => (node[part] ?? {}) as Schema, spec);
  }
  return s;
}
