import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

/**
 * PostgreSQL keeps secrets only with RATCHET_SECRET_KEY (several servers share the data,
 * so they must share the key). Without it, saving a webhook or channel is refused with a
 * 503 that says what to set, not a 500, and nothing is saved.
 */
const postgres = testDialects().find((d) => d.name === 'postgres');
const key = process.env.RATCHET_SECRET_KEY;

describe.skipIf(!postgres)('secrets on PostgreSQL without RATCHET_SECRET_KEY', () => {
  beforeAll(() => {
    delete process.env.RATCHET_SECRET_KEY;
  });
  afterAll(() => {
    if (key !== undefined) process.env.RATCHET_SECRET_KEY = key;
  });

  it('creating a webhook or a Slack channel answers 503 saying to set RATCHET_SECRET_KEY', async () => {
    const server = await testServer(postgres as NonNullable<typeof postgres>);
    const { cookie, slug } = await server.setupOwner();
    const call = (path: string, body: unknown) =>
      server.call('POST', `/api/v1/workspaces/${slug}${path}`, body, { cookie });

    const webhook = await call('/webhooks', { url: 'https://hooks.example.com/x', events: ['kpi.alert'] });
    expect(webhook.status).toBe(503);
    expect(webhook.json).toMatchObject({
      title: 'The server cannot keep secrets yet',
      detail: expect.stringContaining('Set RATCHET_SECRET_KEY'),
    });
    const channel = await call('/channels', { kind: 'slack', url: 'https://hooks.slack.com/services/x' });
    expect(channel.status).toBe(503);

    const listed = await server.call('GET', `/api/v1/workspaces/${slug}/webhooks`, undefined, { cookie });
    expect(listed.json.items).toEqual([]);
  });
});
