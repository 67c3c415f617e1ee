import { describe, expect, it } from 'vitest';
import type { DashboardObjective, Team } from '../../api/types.js';
import { alignmentTree, parentChoices, supportersOf } from './alignment-tree.js';

const team = (id: string, parent: string | null = null): Team => ({ id, name: id, parent, version: 1 });
const objective = (id: string, teamId: string | null, ...parents: string[]) =>
  ({ id, title: id, team: teamId, parent: parents[0] ?? null, parents }) as DashboardObjective;

describe('the alignment map: workspace → teams → objectives', () => {
  it('nests teams under their parents and puts each objective under its team', () => {
    const tree = alignmentTree(
      [team('company'), team('support', 'company'), team('sales', 'company')],
      [objective('grow', 'company'), objective('fast', 'support', 'grow'), objective('mine', null)],
    );
    expect(tree.teams.map((b) => b.team.id)).toEqual(['company']);
    const [company] = tree.teams;
    expect(company?.objectives.map((o) => o.id)).toEqual(['grow']);
    expect(company?.teams.map((b) => [b.team.id, b.objectives.map((o) => o.id)])).toEqual([
      ['support', ['fast']],
      ['sales', []],
    ]);
    expect(company?.total).toBe(2);
    expect(tree.unteamed.map((o) => o.id)).toEqual(['mine']);
  });

  it('shows every team once even when team parents loop or are missing', () => {
    const tree = alignmentTree([team('a', 'b'), team('b', 'a'), team('c', 'gone')], []);
    expect(tree.teams.map((b) => b.team.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('offers as a parent any objective but itself and those that already support it', () => {
    const all = [
      objective('grow', 'company'),
      objective('fast', 'support', 'grow'),
      objective('triage', 'support', 'fast'),
      objective('sell', 'sales'),
    ];
    expect(parentChoices(all, 'fast').map((o) => o.id)).toEqual(['grow', 'sell']);
    expect(parentChoices(all, 'grow').map((o) => o.id)).toEqual(['sell']);
  });

  it('never offers an objective below it through a second parent', () => {
    const all = [objective('grow', null), objective('keep', null), objective('fast', null, 'grow', 'keep')];
    expect(parentChoices(all, 'keep').map((o) => o.id)).toEqual(['grow']);
  });

  it('shows an objective under each parent it supports, marked under every parent but its first', () => {
    const all = [objective('grow', null), objective('keep', null), objective('fast', null, 'grow', 'keep')];
    expect(supportersOf(all, 'grow').map((s) => [s.objective.id, s.alsoUnder?.id])).toEqual([
      ['fast', undefined],
    ]);
    expect(supportersOf(all, 'keep').map((s) => [s.objective.id, s.alsoUnder?.id])).toEqual([
      ['fast', 'grow'],
    ]);
  });
});
