import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { importExamples, testServer } from './test-support/harness.js';

describe.each(testDialects())('a cycle review over the API on $name', (dialect) => {
  async function acmeWithAdminAndViewer() {
    const server = await testServer(dialect);
    const [acme = ''] = await importExamples(server, ['support-team.yaml']);
    const admin = { cookie: await server.member('admin', acme, 'priya@acme.example') };
    const viewer = { cookie: await server.member('viewer', acme, 'leo@acme.example') };
    const as = (who: { cookie: string }) => (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${acme}${path}`, body, who);
    return { server, admin: as(admin), viewer: as(viewer) };
  }

  it('keeps the notes written at the close and shows them to a viewer with the grades', async () => {
    const { admin, viewer } = await acmeWithAdminAndViewer();
    const notes = { achieved: 'Deflection up to 30%.', learned: 'Macros beat docs.', next: 'Chat support.' };
    const closed = await admin('POST', '/cycles/2026-q3/close', { notes });
    expect(closed.status).toBe(200);
    expect(closed.json.notes).toEqual(notes);

    const review = await viewer('GET', '/cycles/2026-q3/review');
    expect(review.status).toBe(200);
    expect(review.json).toMatchObject({ cycle: '2026-q3', notes, grades: closed.json.grades });
    expect(review.json.closedAt).toBe(closed.json.closedAt);
    expect(review.json.proposals).toEqual(closed.json.proposals);

    const audit = await admin('GET', '/audit?entity=cycle_review');
    expect(audit.json.items).toEqual([
      expect.objectContaining({ entity: 'cycle_review', entityId: '2026-q3', action: 'create' }),
    ]);
  });

  it('shows a proposal declined after the close as rejected', async () => {
    const { admin, viewer } = await acmeWithAdminAndViewer();
    await admin('POST', '/cycles/2026-q3/close');
    const declined = await admin('POST', '/cycles/2026-q3/proposals/kr-deflection/reject', {
      reason: 'Seasonal peak ahead',
    });
    expect(declined.status).toBe(200);
    const review = await viewer('GET', '/cycles/2026-q3/review');
    expect(review.json.proposals).toEqual([
      expect.objectContaining({ keyResult: 'kr-deflection', state: 'rejected' }),
    ]);
    expect(review.json.notes).toEqual({ achieved: null, learned: null, next: null });
  });

  it('watches an accepted ratchet: the review and the dashboard say whether the new floor held', async () => {
    const { server, admin, viewer } = await acmeWithAdminAndViewer();
    await admin('POST', '/cycles/2026-q3/close');
    server.clock.now += 30_000; // mid-minute: the dashboard must already see the ratchet
    expect((await admin('POST', '/cycles/2026-q3/proposals/kr-deflection/accept', {})).status).toBe(200);
    // The reason kept with the new range names the key result by its title, never its id.
    const history = await admin('GET', '/audit?entity=kpi&entityId=deflection');
    const reason = (history.json.items as { after: { reason?: string } }[]).find((e) => e.after?.reason)
      ?.after.reason;
    expect(reason).toMatch(/^Ratchet at the close of 2026-q3: “.+” was achieved\.$/);
    expect(reason).not.toContain('kr-deflection');
    const since = new Date(server.clock.now).toISOString();
    const watched = async () => {
      const review = await viewer('GET', '/cycles/2026-q3/review');
      const dashboard = await viewer('GET', '/dashboard');
      const proposals = review.json.proposals as { held: unknown }[];
      const kpis = dashboard.json.kpis as { id: string; held: string }[];
      return { proposal: proposals[0]?.held, kpi: kpis.find((k) => k.id === 'deflection') };
    };
    const watching = await watched();
    expect(watching.proposal).toMatchObject({
      verdict: 'too_early',
      since,
      slippedAt: null,
      keyResult: 'kr-deflection',
    });
    expect(watching.kpi).toMatchObject({ held: 'too_early', heldWatch: watching.proposal });

    server.clock.now += 86_400_000;
    const slipAt = new Date(server.clock.now - 3_600_000).toISOString();
    await admin('POST', '/kpis/deflection/points', { at: slipAt, value: 30 });
    const slipped = await watched();
    expect(slipped.proposal).toMatchObject({ verdict: 'slipped', slippedAt: slipAt, outside: 1 });
    expect(slipped.kpi?.held).toBe('slipped');
  });

  it('keeps an unanswered proposal in Needs attention until someone answers it', async () => {
    const { admin, viewer } = await acmeWithAdminAndViewer();
    const attention = async () =>
      (
        (await viewer('GET', '/dashboard')).json.needsAttention as {
          kind: string;
          ref: string;
          message: string;
        }[]
      ).filter((i) => i.kind === 'pending_proposal');
    expect(await attention()).toEqual([]);
    await admin('POST', '/cycles/2026-q3/close');
    expect(await attention()).toEqual([
      expect.objectContaining({
        ref: '2026-q3',
        message: expect.stringMatching(/accept or decline it in the cycle review/),
      }),
    ]);
    await admin('POST', '/cycles/2026-q3/proposals/kr-deflection/reject', { reason: 'Seasonal peak ahead' });
    expect(await attention()).toEqual([]);
  });

  it('closing again with notes replaces only the parts given, and keeps the first close time', async () => {
    const { server, admin } = await acmeWithAdminAndViewer();
    const first = await admin('POST', '/cycles/2026-q3/close', { notes: { achieved: 'A', learned: 'L' } });
    server.clock.now += 60_000;
    const again = await admin('POST', '/cycles/2026-q3/close', { notes: { learned: 'L2', next: 'N' } });
    expect(again.json.closedAt).toBe(first.json.closedAt);
    expect(again.json.notes).toEqual({ achieved: 'A', learned: 'L2', next: 'N' });
  });

  it('an open cycle has a review without a close time or notes', async () => {
    const { viewer } = await acmeWithAdminAndViewer();
    const review = await viewer('GET', '/cycles/2026-q3/review');
    expect(review.status).toBe(200);
    expect(review.json).toMatchObject({ closedAt: null, notes: null });
  });

  it('says what is wrong with notes that are not text, and about an unknown cycle', async () => {
    const { admin, viewer } = await acmeWithAdminAndViewer();
    expect((await admin('POST', '/cycles/2026-q3/close', { notes: { achieved: 3 } })).status).toBe(422);
    expect((await admin('POST', '/cycles/2026-q3/close', { notes: { mood: 'good' } })).status).toBe(422);
    expect((await viewer('GET', '/cycles/2031-q1/review')).status).toBe(404);
  });
});
