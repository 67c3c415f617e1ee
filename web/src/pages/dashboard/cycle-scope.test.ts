import { describe, expect, it } from 'vitest';
import { currentCycles, cycleScope, inScope, scopeLabel, serverCycle } from './cycle-scope.js';

const q1 = { id: '2026-q1', start: '2026-01-01', end: '2026-03-31' };
const q2 = { id: '2026-q2', start: '2026-04-01', end: '2026-06-30' };
const year = { id: '2026', start: '2026-01-01', end: '2026-12-31' };

describe('the cycles the dashboard shows by default', () => {
  it('is the quarter that includes today', () => {
    expect(currentCycles([q1, q2], '2026-05-10').map((c) => c.id)).toEqual(['2026-q2']);
  });

  it('counts the last day of a cycle as inside it', () => {
    expect(currentCycles([q1, q2], '2026-03-31').map((c) => c.id)).toEqual(['2026-q1']);
  });

  it('is every cycle that includes today when a quarter and a year overlap', () => {
    expect(currentCycles([q2, year], '2026-05-10').map((c) => c.id)).toEqual(['2026', '2026-q2']);
  });

  it('is the next cycle before the first one starts', () => {
    expect(currentCycles([q2], '2026-02-01').map((c) => c.id)).toEqual(['2026-q2']);
  });

  it('is the latest cycle after the last one ends', () => {
    expect(currentCycles([q1, q2], '2026-08-01').map((c) => c.id)).toEqual(['2026-q2']);
  });
});

describe('the cycle filter in the URL', () => {
  it('asks the server for one cycle when one is picked', () => {
    const scope = cycleScope('2026-q1', [q1, q2], '2026-05-10');
    expect(serverCycle(scope)).toBe('2026-q1');
    expect(scopeLabel(scope)).toBe('2026-q1');
  });

  it('shows every objective for ?cycle=all', () => {
    const scope = cycleScope('all', [q1, q2], '2026-05-10');
    expect(serverCycle(scope)).toBeUndefined();
    expect(inScope(scope, '2026-q1')).toBe(true);
    expect(scopeLabel(scope)).toBe('all cycles');
  });

  it('keeps only the current cycle’s objectives by default', () => {
    const scope = cycleScope(undefined, [q1, q2], '2026-05-10');
    expect(serverCycle(scope)).toBeUndefined();
    expect(inScope(scope, '2026-q2')).toBe(true);
    expect(inScope(scope, '2026-q1')).toBe(false);
  });

  it('hides nothing when the workspace has no cycles', () => {
    const scope = cycleScope(undefined, [], '2026-05-10');
    expect(inScope(scope, 'anything')).toBe(true);
    expect(scopeLabel(scope)).toBe('no cycle yet');
  });
});
