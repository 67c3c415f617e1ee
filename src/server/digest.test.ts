import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { importExamples, testServer } from './test-support/harness.js';

interface DigestItem {
  kind: string;
  ref: string;
  message: string;
}

describe.each(testDialects())('the Digest over the API on $name', (dialect) => {
  async function supportTeam() {
    const server = await testServer(dialect);
    const [acme = ''] = await importExamples(server, ['support-team.yaml']);
    const admin = { cookie: await server.member('admin', acme, 'priya@acme.example') };
    const viewer = { cookie: await server.member('viewer', acme, 'leo@acme.example') };
    const as = (who: { cookie: string }) => (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${acme}${path}`, body, who);
    return { server, admin: as(admin), viewer: as(viewer) };
  }
  const itemsOf = (json: Record<string, unknown>) =>
    (json.sections as { items: DigestItem[] }[]).flatMap((s) => s.items);

  it('says the same as the dashboard’s Needs attention for the same person and the running cycle', async () => {
    const { admin } = await supportTeam();
    await admin('POST', '/cycles/2026-q3/close');
    for (const person of ['maya', 'tomas', 'priya', 'leo', 'aiko']) {
      const digest = await admin('GET', `/digest?person=${person}`);
      expect(digest.status).toBe(200);
      const dashboard = await admin('GET', `/dashboard?owner=${person}&cycle=2026-q4`);
      const attention = (dashboard.json.needsAttention as DigestItem[])
        .filter((i) => i.kind !== 'finding')
        .map((i) => `${i.kind}|${i.ref}|${i.message}`)
        .sort();
      const fromDigest = itemsOf(digest.json)
        .filter((i) => !['out_of_range', 'slipped', 'held'].includes(i.kind))
        // An admin's digest also lists ratchets on other people's KPIs; the dashboard's owner view does not.
        .filter((i) => person !== 'priya' || i.kind !== 'pending_proposal')
        .map((i) => `${i.kind}|${i.ref}|${i.message}`)
        .sort();
      expect(fromDigest, person).toEqual(attention);
    }
    // The workspace has something to agree about.
    const tomas = itemsOf((await admin('GET', '/digest?person=tomas')).json).map((i) => i.kind);
    expect(tomas).toEqual(['out_of_range', 'out_of_range', 'missing_check_in', 'at_risk_kr', 'at_risk_kr']);
  });

  it('an admin’s digest lists every pending ratchet; the KPI owner’s lists theirs', async () => {
    const { admin, viewer } = await supportTeam();
    await admin('POST', '/cycles/2026-q3/close');
    const proposals = async (call: typeof admin, query: string) =>
      itemsOf((await call('GET', `/digest${query}`)).json)
        .filter((i) => i.kind === 'pending_proposal')
        .map((i) => i.ref);
    // Priya (an admin) owns no KPI behind a proposal, yet hears of it; Leo owns the KPI.
    expect(await proposals(admin, '')).toEqual(['2026-q3']);
    expect(await proposals(viewer, '')).toEqual(['2026-q3']);
    expect(await proposals(admin, '?person=maya')).toEqual([]);
  });

  it('a person reads their own; an admin any person’s or a team’s', async () => {
    const { admin, viewer } = await supportTeam();
    const own = await viewer('GET', '/digest');
    expect(own.json).toMatchObject({ audience: 'person', id: 'leo', name: 'Leo Chen' });
    expect(own.json.markdown).toContain(`# ${own.json.subject}`);

    const other = await viewer('GET', '/digest?person=tomas');
    expect(other.status).toBe(403);
    expect(other.json.detail).toBe('Only the person themself or an admin can read a person’s digest.');
    expect((await viewer('GET', '/digest?team=support')).status).toBe(403);

    const team = await admin('GET', '/digest?team=support&asOf=2026-11-23');
    expect(team.status).toBe(200);
    expect(team.json).toMatchObject({
      audience: 'team',
      id: 'support',
      name: 'Customer Support',
      asOf: '2026-11-23T23:59:59.999Z',
    });
    expect(itemsOf(team.json).map((i) => i.ref)).toContain('first-response-time');
  });

  it('names what is wrong with the question', async () => {
    const { admin } = await supportTeam();
    const unknown = await admin('GET', '/digest?person=nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toContain('nobody');
    expect((await admin('GET', '/digest?team=sales')).status).toBe(404);
    const both = await admin('GET', '/digest?person=leo&team=support');
    expect(both.status).toBe(400);
    const badDate = await admin('GET', '/digest?asOf=2026-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.json.errors).toEqual([
      { path: 'query.asOf', message: 'Use a real date like 2026-11-30.' },
    ]);
  });
});
