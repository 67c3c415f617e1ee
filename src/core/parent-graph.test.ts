import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atOrBelow, loopMessage, loopThrough, type ParentLinks, parentLoops } from './parent-graph.js';

const links = (id: string, ...parents: string[]): ParentLinks => ({ id, parents });

/** Up to 8 records `o0…o7`, each naming up to 3 parents among all of them (loops allowed). */
const anyGraph = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc
          .uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 })
          .map((ps) => links(`o${i}`, ...ps.map((p) => `o${p}`))),
      ),
    ),
  );

/** Records whose parents all come earlier in the list: never a loop. */
const acyclicGraph = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc
          .uniqueArray(fc.integer({ min: 0, max: Math.max(0, i - 1) }), { maxLength: i === 0 ? 0 : 3 })
          .map((ps) => links(`o${i}`, ...ps.map((p) => `o${p}`))),
      ),
    ),
  );

/** Kahn's algorithm: the graph has no loop exactly when every record can be placed below its parents. */
function sortable(records: readonly ParentLinks[]): boolean {
  const waiting = new Map(records.map((r) => [r.id, new Set(r.parents)]));
  let placed = true;
  while (placed) {
    placed = false;
    for (const [id, parents] of waiting) {
      if ([...parents].every((p) => !waiting.has(p))) {
        waiting.delete(id);
        placed = true;
      }
    }
  }
  return waiting.size === 0;
}

describe('the parent graph', () => {
  it('finds a record that names itself', () => {
    const [loop] = parentLoops([links('a', 'b', 'a'), links('b')]);
    expect(loop).toEqual({ id: 'a', index: 1, chain: ['a', 'a'] });
    expect(loop && loopMessage(loop, 'objectives')).toBe('"a" cannot be its own parent');
  });

  it('reports a loop once, at the first record whose link closes it', () => {
    const loops = parentLoops([links('cs', 'support'), links('support', 'cs')]);
    expect(loops).toEqual([{ id: 'cs', index: 0, chain: ['cs', 'support', 'cs'] }]);
    expect(loopMessage(loops[0] as never, 'teams')).toBe(
      'teams form a loop: cs → support → cs; one of them needs another parent or none',
    );
  });

  it('finds a loop through a second parent', () => {
    const loops = parentLoops([
      links('company'),
      links('sales', 'company', 'deals'),
      links('deals', 'sales'),
    ]);
    expect(loops).toEqual([{ id: 'sales', index: 1, chain: ['sales', 'deals', 'sales'] }]);
  });

  it('lets one record support two parents that share an ancestor (a diamond is no loop)', () => {
    expect(
      parentLoops([links('top'), links('a', 'top'), links('b', 'top'), links('leaf', 'a', 'b')]),
    ).toEqual([]);
  });

  it('ignores parents that name no record', () => {
    expect(parentLoops([links('a', 'ghost')])).toEqual([]);
  });

  it('has no loop exactly when the records can be ordered parents first', () => {
    fc.assert(fc.property(anyGraph, (records) => (parentLoops(records).length === 0) === sortable(records)));
  });

  it('reports only real loops: each step of a chain is a parent link, back to where it started', () => {
    fc.assert(
      fc.property(anyGraph, (records) => {
        const parentsOf = new Map(records.map((r) => [r.id, r.parents]));
        for (const loop of parentLoops(records)) {
          expect(loop.chain[0]).toBe(loop.id);
          expect(loop.chain.at(-1)).toBe(loop.id);
          expect(parentsOf.get(loop.id)?.[loop.index]).toBe(loop.chain[1]);
          for (let i = 0; i + 1 < loop.chain.length; i++) {
            expect(parentsOf.get(loop.chain[i] as string)).toContain(loop.chain[i + 1]);
          }
        }
      }),
    );
  });

  it('refuses a new parent exactly when it is the record itself or sits below it', () => {
    fc.assert(
      fc.property(acyclicGraph, fc.nat(), fc.nat(), (records, a, b) => {
        const id = records[a % records.length]?.id as string;
        const parent = records[b % records.length]?.id as string;
        const existing = records.find((r) => r.id === id)?.parents ?? [];
        const loop = loopThrough(records, id, [...existing, parent]);
        expect(loop !== undefined).toBe(atOrBelow(records, id).has(parent));
      }),
    );
  });

  it('keeps an acyclic graph acyclic when a record keeps its parents', () => {
    fc.assert(
      fc.property(acyclicGraph, (records) => {
        expect(parentLoops(records)).toEqual([]);
        for (const r of records) expect(loopThrough(records, r.id, r.parents)).toBeUndefined();
      }),
    );
  });
});
