import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { importWorkspace } from '../service/workspace-import.service.js';
import { loadWorkspace } from '../service/workspace-load.service.js';
import { parseWorkspace, serializeWorkspace } from '../workspace/index.js';
import { testServer } from './test-support/harness.js';

describe.each(testDialects())(
  'an objective that supports several parents on $name (issue 9, item 7)',
  (dialect) => {
    async function withThreeObjectives() {
      const server = await testServer(dialect);
      const { cookie, slug } = await server.setupOwner();
      const call = (method: string, path: string, body?: unknown) =>
        server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
      const cycle = ((await call('GET', '/cycles')).json.items as { id: string }[])[0]?.id as string;
      await call('POST', '/objectives', { id: 'grow', title: 'Grow revenue', cycle });
      await call('POST', '/objectives', { id: 'keep', title: 'Keep customers', cycle });
      await call('POST', '/objectives', { id: 'fast', title: 'Answer fast', cycle, parent: 'grow' });
      return { server, call, slug };
    }

    it('takes a second parent with its version, answers both, and keeps `parent` as the first', async () => {
      const { call } = await withThreeObjectives();
      const before = await call('GET', '/objectives/fast');
      expect(before.json).toMatchObject({ parent: 'grow', parents: ['grow'], version: 1 });

      const edited = await call('PATCH', '/objectives/fast', { version: 1, parents: ['grow', 'keep'] });
      expect(edited.status).toBe(200);
      expect(edited.json).toMatchObject({ parent: 'grow', parents: ['grow', 'keep'], version: 2 });
      expect((await call('PATCH', '/objectives/fast', { version: 1, parents: [] })).status).toBe(409);

      const dashboard = await call('GET', '/dashboard');
      const fast = (dashboard.json.objectives as { id: string; parents: string[] }[]).find(
        (o) => o.id === 'fast',
      );
      expect(fast?.parents).toEqual(['grow', 'keep']);

      const audit = await call('GET', '/audit?entity=objective&entityId=fast');
      const update = (audit.json.items as { action: string; before: unknown; after: unknown }[]).find(
        (e) => e.action === 'update',
      );
      expect(update?.before).toMatchObject({ parents: ['grow'] });
      expect(update?.after).toMatchObject({ parents: ['grow', 'keep'] });
    });

    it('refuses a parent that would close a loop, at its place in the list, and writes nothing', async () => {
      const { call } = await withThreeObjectives();
      await call('PATCH', '/objectives/keep', { parents: ['fast'] });
      const looped = await call('PATCH', '/objectives/grow', { parents: ['keep'] });
      expect(looped.status).toBe(422);
      expect(looped.json.errors).toContainEqual({
        path: 'body.parents.0',
        message: '“Keep customers” already supports “Grow revenue”; alignment cannot loop',
      });
      const unknown = await call('PATCH', '/objectives/fast', { parents: ['grow', 'kep'] });
      expect(unknown.status).toBe(422);
      expect(unknown.json.errors).toContainEqual(expect.objectContaining({ path: 'body.parents.1' }));
      expect((await call('GET', '/objectives/grow')).json).toMatchObject({ parents: [], version: 1 });
      expect((await call('GET', '/objectives/fast')).json).toMatchObject({ parents: ['grow'], version: 1 });
    });

    it('lets an older client set one parent with `parent`, which replaces the list; not both at once', async () => {
      const { call } = await withThreeObjectives();
      await call('PATCH', '/objectives/fast', { parents: ['grow', 'keep'] });
      const one = await call('PATCH', '/objectives/fast', { parent: 'keep' });
      expect(one.json).toMatchObject({ parent: 'keep', parents: ['keep'] });
      const none = await call('PATCH', '/objectives/fast', { parent: null });
      expect(none.json).toMatchObject({ parent: null, parents: [] });
      const both = await call('PATCH', '/objectives/fast', { parent: 'grow', parents: ['keep'] });
      expect(both.status).toBe(422);
      expect(both.json.errors).toContainEqual(expect.objectContaining({ path: 'body.parents' }));
    });

    it('keeps a supported parent from being archived until every supporter is aligned elsewhere', async () => {
      const { call } = await withThreeObjectives();
      await call('PATCH', '/objectives/fast', { parents: ['grow', 'keep'] });
      const refused = await call('DELETE', '/objectives/keep');
      expect(refused.status).toBe(409);
      expect(refused.json.detail).toBe(
        'The objective “Keep customers” is supported by “Answer fast”; align it elsewhere first.',
      );
      await call('PATCH', '/objectives/fast', { parents: ['grow'] });
      expect((await call('DELETE', '/objectives/keep')).status).toBe(204);
    });

    it('exports several parents as `parents:` and imports the file back to the same links and versions', async () => {
      const { server, call } = await withThreeObjectives();
      await call('PATCH', '/objectives/fast', { parents: ['keep', 'grow'] });
      const ws = await loadWorkspace(server.store, 'Acme Support');
      const text = serializeWorkspace(ws, 'yaml');
      expect(text).toContain('    parents:\n      - keep\n      - grow\n');
      const parsed = parseWorkspace(text, 'goals.yaml').workspace;
      if (!parsed) throw new Error('the export did not parse');
      await importWorkspace(server.store, parsed, { actor: 'cli:test' });
      expect((await call('GET', '/objectives/fast')).json).toMatchObject({
        parents: ['keep', 'grow'],
        version: 2,
      });

      // The file changes the list: the import moves the version, so an editor holding 2 is told.
      const reordered = serializeWorkspace(
        {
          ...parsed,
          objectives: parsed.objectives.map((o) => (o.id === 'fast' ? { ...o, parents: ['grow'] } : o)),
        },
        'yaml',
      );
      const again = parseWorkspace(reordered, 'goals.yaml').workspace;
      if (!again) throw new Error('the edited file did not parse');
      await importWorkspace(server.store, again, { actor: 'cli:test' });
      expect((await call('GET', '/objectives/fast')).json).toMatchObject({
        parent: 'grow',
        parents: ['grow'],
        version: 3,
      });
      expect((await call('PATCH', '/objectives/fast', { version: 2, title: 'Late' })).status).toBe(409);
    });
  },
);
