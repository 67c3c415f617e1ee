import { describe, expect, it } from 'vitest';
import type { Advice } from '../../core/advise/advise.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

/** A terminal that answers the questions in order and remembers what it was asked. */
function scripted(answers: readonly string[]) {
  const asked: string[] = [];
  let next = 0;
  const io = memoryIo({
    ask: async (question) => {
      asked.push(question);
      return answers[next++] ?? '';
    },
  });
  return { io, asked };
}

const ALL_FLAGS = [
  '--stage',
  'stable',
  '--problem',
  'control',
  '--review-minutes',
  '60',
  '--team-size',
  '8',
  '--domain',
  'support',
  '--areas',
  '1',
];

describe('ratchet advise in a terminal', () => {
  it('asks the articles’ questions in order and advises a growing freelancer to lead with OKRs', async () => {
    const { io, asked } = scripted(['growing', 'direction', '20', 'freelancer', 'freelancer', '1']);
    const code = await main(['advise'], io);
    expect(code).toBe(0);
    expect(asked).toHaveLength(6);
    expect(asked[0]).toMatch(/^Is this area stable and needs monitoring, or do you need to change it\?/);
    expect(asked[1]).toMatch(/we don’t know where to go.*we don’t see problems early/);
    expect(io.stdout()).toMatch(/^Lead with OKRs to set direction/);
    expect(io.stdout()).toContain('KPIs   3 (3–5 on your own), reviewed weekly');
    expect(io.stdout()).toContain('1 objective this quarter (at most 2 on your own)');
    expect(io.stdout()).toContain('Monthly income');
  });

  it('asks only what the flags did not answer', async () => {
    const { io, asked } = scripted(['45', '1']);
    const code = await main(
      ['advise', '--stage', 'stable', '--problem', 'control', '--freelancer', '--domain', 'saas'],
      io,
    );
    expect(code).toBe(0);
    expect(asked.map((q) => q.split('?')[0])).toEqual([
      'How many minutes a week can you give to reviews',
      'How many areas do you want to improve this quarter',
    ]);
    expect(io.stdout()).toMatch(/^Lead with KPIs/);
  });

  it('explains a bad answer and asks again', async () => {
    const { io, asked } = scripted(['sideways', 'stable', 'control', '60', '5', 'support', '0']);
    const code = await main(['advise'], io);
    expect(code).toBe(0);
    expect(asked).toHaveLength(7);
    expect(io.stderr()).toBe('Answer stable, growing or both (got “sideways”).\n');
  });

  it('gives up after three unusable answers, saying which flag would do', async () => {
    const { io } = scripted(['?', '?', '?']);
    const code = await main(['advise'], io);
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(
      /No usable answer after 3 tries .* You can also pass --stage stable\|growing\|both\.\n$/,
    );
  });
});

describe('ratchet advise with flags', () => {
  it('a stable support team whose problem is control leads with KPIs: seven, reviewed weekly', async () => {
    const io = memoryIo();
    const code = await main(['advise', ...ALL_FLAGS], io);
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/^Lead with KPIs: hold the floor/);
    expect(io.stdout()).toContain('KPIs   7 (3–7 for a team), reviewed weekly');
    expect(io.stdout()).toContain('First response time (healthy ≤ 4 h, weekly)');
  });

  it('--json prints the Advice object', async () => {
    const io = memoryIo();
    const code = await main(['advise', ...ALL_FLAGS, '--json'], io);
    expect(code).toBe(0);
    const advice = JSON.parse(io.stdout()) as Advice;
    expect(advice.lead).toBe('kpis');
    expect(advice.kpis.recommended).toBe(7);
    expect(advice.templates.kpis[0]?.domain).toBe('support');
  });

  it('without a terminal, names every missing flag', async () => {
    const io = memoryIo();
    const code = await main(['advise', '--stage', 'growing', '--domain', 'saas'], io);
    expect(code).toBe(2);
    expect(io.stderr()).toBe(
      'ratchet: advise needs an answer to every question, and this is not a terminal to ask them in. Missing: --problem direction|control|both, --review-minutes N, --team-size N | --freelancer, --areas N.\n',
    );
  });

  it('refuses a bad flag value and says how to fix it', async () => {
    const io = memoryIo();
    const code = await main(['advise', ...ALL_FLAGS.slice(0, -2), '--areas', 'many'], io);
    expect(code).toBe(2);
    expect(io.stderr()).toBe(
      'ratchet: --areas: The number of areas must be a whole number, e.g. 2 (got “many”).\n',
    );
  });

  it('refuses --freelancer together with a team size', async () => {
    const io = memoryIo();
    const code = await main(['advise', ...ALL_FLAGS, '--freelancer'], io);
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(/either --freelancer or --team-size N, not both/);
  });
});
