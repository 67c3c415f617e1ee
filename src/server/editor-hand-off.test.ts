import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { importExamples, testServer } from './test-support/harness.js';

/**
 * Issue 13, defect 10: an editor changes what they own, and an edit may neither hand a
 * record to someone else nor reach into another person's record. KPIs and objectives
 * held this rule; key results and initiatives now hold the same one, and a key result
 * can only be linked to a KPI its editor could change.
 */
describe.each(testDialects())('an editor on $name', (dialect) => {
  async function asTomas() {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    if (!acme) throw new Error('example missing');
    const tomas = { cookie: await server.member('editor', acme, 'tomas@acme.example') };
    const version = async (path: string) =>
      (await server.call('GET', `/api/v1/workspaces/${acme}${path}`, undefined, tomas)).json.version;
    const patch = async (path: string, body: object) =>
      server.call(
        'PATCH',
        `/api/v1/workspaces/${acme}${path}`,
        { ...body, version: await version(path) },
        tomas,
      );
    const post = (path: string, body: object) =>
      server.call('POST', `/api/v1/workspaces/${acme}${path}`, body, tomas);
    return { patch, post };
  }

  it('cannot hand their key result or initiative to someone else', async () => {
    const { patch } = await asTomas();
    const kr = await patch('/key-results/kr-billing-fcr', { owner: 'priya' });
    expect(kr.status).toBe(403);
    expect(kr.json.detail).toMatch(/priya/);
    expect((await patch('/initiatives/macros', { owner: 'priya' })).status).toBe(403);
  });

  it('cannot add a key result owned by someone else to their objective', async () => {
    const { post } = await asTomas();
    const answer = await post('/objectives/tier1-billing/key-results', {
      title: 'Billing backlog under 20',
      baseline: 40,
      target: 20,
      owner: 'priya',
    });
    expect(answer.status).toBe(403);
  });

  it('cannot link their key result to another person’s KPI', async () => {
    const { patch, post } = await asTomas();
    const linked = await patch('/key-results/kr-billing-fcr', { kpi: 'csat' });
    expect(linked.status).toBe(403);
    expect(linked.json.detail).toMatch(/csat/);
    const created = await post('/objectives/tier1-billing/key-results', {
      title: 'CSAT on billing tickets at 4.5',
      baseline: 4,
      target: 4.5,
      kpi: 'csat',
    });
    expect(created.status).toBe(403);
  });

  it('may still change, keep and link what is theirs', async () => {
    const { patch } = await asTomas();
    expect((await patch('/key-results/kr-billing-fcr', { owner: 'tomas', kpi: 'backlog' })).status).toBe(200);
    expect(
      (await patch('/initiatives/macros', { title: 'Macros for the 25 most common questions' })).status,
    ).toBe(200);
  });
});
