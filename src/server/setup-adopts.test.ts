import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { importExamples, testServer } from './test-support/harness.js';

/** Issue 13, defect 7: setup after `ratchet import` answered 500, and hid the imported workspaces. */
describe.each(testDialects())('first-run setup after an import on $name', (dialect) => {
  it('takes over the imported workspace of the same name, and owns every other imported one', async () => {
    const server = await testServer(dialect);
    const imported = await importExamples(server, ['support-team.yaml', 'agency.yaml']);
    const names = await server.db.selectFrom('workspaces').select(['name', 'slug']).orderBy('name').execute();
    const acme = names.find((w) => w.slug === imported[0]);
    if (!acme) throw new Error('example missing');

    const { cookie } = await server.setupOwner(acme.name);
    const me = await server.call('GET', '/api/v1/me', undefined, { cookie });
    const workspaces = me.json.workspaces as { slug: string; role: string }[];
    expect(workspaces.map((w) => [w.slug, w.role]).sort()).toEqual(
      names.map((w) => [w.slug, 'owner']).sort(),
    );
    const kpis = await server.call('GET', `/api/v1/workspaces/${acme.slug}/kpis`, undefined, { cookie });
    expect(kpis.status).toBe(200);
    expect((kpis.json.items as unknown[]).length).toBeGreaterThan(0);
  });

  it('records the first run in the audit log of the workspace it makes, by its first owner', async () => {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const audit = await server.call('GET', `/api/v1/workspaces/${slug}/audit`, undefined, { cookie });
    const entries = audit.json.items as { entity: string; action: string; actor: string; after: unknown }[];
    const setUp = entries.find((e) => e.entity === 'workspace');
    expect(setUp).toMatchObject({ action: 'create', actor: expect.stringMatching(/^user:\d+$/) });
    expect(setUp?.after).toMatchObject({ name: 'Acme Support', owner: 'olivia@acme.test' });
  });
});
