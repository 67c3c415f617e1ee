import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

const fixture = join(import.meta.dirname, '../../../test/fixtures/support-mini.yaml');

async function run(argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('ratchet draft-okr', () => {
  it('drafts "Bring ‹KPI› back to healthy" with the KR from the current value to the violated bound', async () => {
    const { code, out } = await run(['draft-okr', fixture, 'first-response-time', '--as-of', '2026-11-23']);
    expect(code).toBe(0);
    const [objective] = parse(out);
    expect(objective).toMatchObject({
      title: 'Bring first response time back to healthy',
      cycle: '2026-q4',
      owner: 'ana',
      team: 'support',
    });
    expect(objective.keyResults[0]).toMatchObject({
      title: 'Reduce first response time from 52 min to 30 min',
      baseline: 52,
      target: 30,
      unit: 'min',
      kpi: 'first-response-time',
    });
  });

  it('says only a target past the bound ratchets, and --stretch raises the floor', async () => {
    const plain = await run(['draft-okr', fixture, 'first-response-time', '--as-of', '2026-11-23']);
    expect(plain.out).toContain('Only a target past the healthy bound will ratchet: run with --stretch');
    const { code, out } = await run([
      'draft-okr',
      fixture,
      'first-response-time',
      '--as-of',
      '2026-11-23',
      '--stretch',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('achieving it proposes a ratchet at close');
    expect(parse(out)[0].keyResults[0]).toMatchObject({
      title: 'Reduce first response time from 52 min to 15 min',
      baseline: 52,
      target: 15,
    });
  });

  it('prints JSON on request', async () => {
    const { out } = await run([
      'draft-okr',
      fixture,
      'first-response-time',
      '--as-of',
      '2026-11-23',
      '--json',
    ]);
    expect(JSON.parse(out)).toMatchObject({ cycle: '2026-q4', objective: { type: 'committed' } });
  });

  it('explains why there is nothing to draft for a healthy KPI', async () => {
    const { code, err } = await run(['draft-okr', fixture, 'csat', '--as-of', '2026-11-23']);
    expect(code).toBe(1);
    expect(err).toContain('CSAT is healthy: there is nothing to bring back.');
  });

  it('names an unknown KPI', async () => {
    const { code, err } = await run(['draft-okr', fixture, 'churn']);
    expect(code).toBe(1);
    expect(err).toContain('There is no KPI with id "churn"');
  });
});
