import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

describe.each(testDialects())('workspaces over HTTP on $name', (dialect) => {
  it('a signed-in person starts a second workspace and owns it, and it joins their list', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const created = await server.call(
      'POST',
      '/api/v1/workspaces',
      { name: 'Side Project', freelancer: true },
      { cookie },
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      slug: 'side-project',
      name: 'Side Project',
      role: 'owner',
      freelancer: true,
    });

    const me = await server.call('GET', '/api/v1/me', undefined, { cookie });
    expect((me.json.workspaces as { slug: string }[]).map((w) => w.slug)).toEqual([
      'acme-support',
      'side-project',
    ]);
    const people = await server.call('GET', '/api/v1/workspaces/side-project/people', undefined, { cookie });
    expect(people.json.items).toEqual([expect.objectContaining({ name: 'Olivia Owner', role: 'owner' })]);
  });

  it('refuses a taken name, an empty name and an API token, in words', async () => {
    const server = await testServer(dialect);
    const { cookie } = await server.setupOwner();
    const taken = await server.call('POST', '/api/v1/workspaces', { name: 'Acme Support' }, { cookie });
    expect(taken.status).toBe(409);
    expect(taken.json.detail).toMatch(/already called "Acme Support"/);
    const empty = await server.call('POST', '/api/v1/workspaces', { name: '   ' }, { cookie });
    expect(empty.status).toBe(422);
    const anonymous = await server.call('POST', '/api/v1/workspaces', { name: 'X' });
    expect(anonymous.status).toBe(401);
  });
});
