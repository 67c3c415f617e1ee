import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readQuickly } from './quick-yaml.js';

/** What `yaml` (the reader with positions) makes of the text: the reference. */
const bySlowReader = (text: string): unknown => parse(text, { uniqueKeys: true });

describe('the quick reader reads a file as yaml does, or leaves it to yaml', () => {
  it.each([
    ['a:', { a: null }],
    ['a: ~', { a: null }],
    ['a: 012', { a: 12 }],
    ['a: 0o17', { a: 15 }],
    ['a: 0x1F', { a: 31 }],
    ['a: +1', { a: 1 }],
    ['a: 1e3', { a: 1000 }],
    ['a: -.5e-3', { a: -0.0005 }],
    ['a: .5', { a: 0.5 }],
    ['a: True', { a: true }],
    ['a: 1_000', { a: '1_000' }],
    ['a: yes', { a: 'yes' }],
    ['a: 0b11', { a: '0b11' }],
    ['a: 2026-01-01', { a: '2026-01-01' }],
    ["a: '1'", { a: '1' }],
    ['a: !!str 1', { a: '1' }],
    ['a: [1, .inf, -.Inf, 1.50]', { a: [1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5] }],
  ])('%j as yaml 1.2 core reads it', (text, data) => {
    expect(bySlowReader(text)).toEqual(data);
    expect(readQuickly(text)).toEqual({ data });
  });

  it.each([
    ['an empty file', ''],
    ['a %YAML directive, which can change the schema', '%YAML 1.1\n---\na: yes'],
    ['an anchor and alias', 'a: &x 1\nb: *x'],
    ['a flow collection closing at the start of a line', 'a: [\n  1\n]'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['a tag js-yaml does not know', 'a: !thing 1'],
    ['a syntax error', 'a: [1, 2'],
    ['two documents', 'a: 1\n---\nb: 2'],
  ])('leaves %s to yaml', (_, text) => {
    expect(readQuickly(text)).toBeUndefined();
  });

  it('reads every example workspace as yaml does', () => {
    const dir = join(import.meta.dirname, '..', '..', 'examples');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(readQuickly(text), name).toEqual({ data: bySlowReader(text) });
    }
  });

  it('agrees with yaml on any data yaml writes, in block and flow style', () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('1', '-2', '0x1F', '0o7', '1e3', '.5', 'true', 'null', '~', 'yes', '1_0', '12:30'),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.string({ minLength: 1 }), tie('node'), { maxKeys: 4 }),
    })).map;
    let read = 0;
    fc.assert(
      fc.property(value, fc.boolean(), (data, flow) => {
        const text = stringify(data, { collectionStyle: flow ? 'flow' : 'block' });
        const quick = readQuickly(text);
        if (quick === undefined) return;
        read++;
        expect(quick.data).toEqual(bySlowReader(text));
      }),
      { numRuns: 300 },
    );
    // Declining is always safe; the property means something only if most are read.
    expect(read).toBeGreaterThan(200);
  });
});
