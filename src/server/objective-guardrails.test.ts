import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { importWorkspace } from '../service/workspace-import.service.js';
import { loadWorkspace } from '../service/workspace-load.service.js';
import { parseWorkspace, serializeWorkspace } from '../workspace/index.js';
import { testServer } from './test-support/harness.js';

const DAY = 24 * 60 * 60 * 1000;
const at = (date: string) => `${date}T09:00:00.000Z`;

/**
 * domain.md, "Guardrail" and "Impact verdict", over the API: an objective lists the KPIs it
 * must not break, its record says whether each left its healthy range during the cycle,
 * and a KPI-linked key result says whether the work moved its KPI. The test clock stands
 * at 2026-11-23, halfway through Q4.
 */
describe.each(testDialects())('guardrails and impact verdicts on objectives on $name', (dialect) => {
  async function supportDesk() {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    expect((await call('POST', '/cycles', { id: 'q4', start: '2026-10-01', end: '2026-12-31' })).status).toBe(
      201,
    );
    const kpi = async (id: string, name: string, healthy: object, points: [string, number][]) => {
      expect((await call('POST', '/kpis', { id, name, cadence: 'weekly', healthy })).status).toBe(201);
      const body = { points: points.map(([date, value]) => ({ at: at(date), value })) };
      expect((await call('POST', `/kpis/${id}/points`, body)).status).toBeLessThan(300);
    };
    // CSAT dipped under its floor of 80 in early November and came back.
    await kpi('csat', 'Customer satisfaction', { min: 80 }, [
      ['2026-10-10', 85],
      ['2026-11-01', 76],
      ['2026-11-20', 84],
    ]);
    await kpi('backlog', 'Open tickets', { max: 200 }, [['2026-11-20', 150]]);
    // First response time: about 6 h in September, about 3.5 h from 15 November (the
    // cycle's midpoint, where the after window starts without check-ins, is the 16th).
    const before = Array.from({ length: 20 }, (_, i): [string, number] => [
      new Date(Date.UTC(2026, 8, 1) + i * DAY).toISOString().slice(0, 10),
      6 + ((i % 5) - 2) / 10,
    ]);
    const after = Array.from({ length: 8 }, (_, i): [string, number] => [
      new Date(Date.UTC(2026, 10, 15) + i * DAY).toISOString().slice(0, 10),
      3.5 + ((i % 3) - 1) / 10,
    ]);
    await kpi('frt', 'First response time', { max: 4 }, [...before, ...after]);
    return { server, call };
  }

  it('an objective keeps its guardrails, says which broke during the cycle, and its KR says the KPI moved', async () => {
    const { call } = await supportDesk();
    const created = await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer customers faster',
      cycle: 'q4',
      guardrails: ['csat', 'backlog'],
      keyResults: [
        {
          id: 'frt-down',
          title: 'Cut first response time from 6 h to 3 h',
          baseline: 6,
          target: 3,
          kpi: 'frt',
        },
        { id: 'macros', title: 'Write macros for the top 20 questions', milestone: true },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.json.guardrails).toEqual([
      { kpi: 'csat', status: 'healthy', breached: true },
      { kpi: 'backlog', status: 'healthy', breached: false },
    ]);
    const [frt, macros] = created.json.keyResults as Record<string, unknown>[];
    expect(frt?.impact).toMatchObject({
      verdict: 'moved',
      before: { n: 20 },
      after: { n: 7 },
    });
    expect(frt?.impact).toMatchObject({ high: expect.any(Number) });
    expect((frt?.impact as { high: number } | undefined)?.high).toBeLessThan(0);
    expect(macros?.impact).toBeNull();

    // The same answers on the list, the key result's own record and the report.
    const listed = (await call('GET', '/objectives')).json.items as Record<string, unknown>[];
    expect(listed[0]?.guardrails).toEqual(created.json.guardrails);
    const patchedKr = await call('PATCH', '/key-results/frt-down', {
      title: 'Cut first response time to 3 h',
    });
    expect(patchedKr.json.impact).toEqual(frt?.impact);
    const report = (await call('GET', '/report')).json as { objectives: Record<string, unknown>[] };
    expect(report.objectives[0]?.guardrails).toEqual(created.json.guardrails);
  });

  it('PATCH replaces the list, [] clears it, and the audit log keeps both lists', async () => {
    const { call } = await supportDesk();
    await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer faster',
      cycle: 'q4',
      guardrails: ['csat'],
    });
    const patched = await call('PATCH', '/objectives/faster', {
      guardrails: ['backlog', 'csat'],
      version: 1,
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ version: 2 });
    expect((patched.json.guardrails as { kpi: string }[]).map((g) => g.kpi)).toEqual(['backlog', 'csat']);
    const cleared = await call('PATCH', '/objectives/faster', { guardrails: [] });
    expect(cleared.json.guardrails).toEqual([]);
    const audit = (await call('GET', '/audit?entity=objective&entityId=faster')).json.items as {
      action: string;
      before: { guardrails?: string[] } | null;
      after: { guardrails?: string[] } | null;
    }[];
    const updates = audit.filter((a) => a.action === 'update');
    expect(updates.map((a) => [a.before?.guardrails, a.after?.guardrails])).toEqual(
      expect.arrayContaining([
        [['csat'], ['backlog', 'csat']],
        [['backlog', 'csat'], []],
      ]),
    );
  });

  it('refuses a guardrail that names no KPI, or one KPI twice, saying which, and writes nothing', async () => {
    const { call } = await supportDesk();
    const unknown = await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer faster',
      cycle: 'q4',
      guardrails: ['csat', 'cast'],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors).toEqual([
      {
        path: 'body.guardrails.1',
        message: 'no KPI "cast" in this workspace; GET /kpis lists the KPIs a guardrail can name',
      },
    ]);
    expect((await call('GET', '/objectives/faster')).status).toBe(404);

    const twice = await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer faster',
      cycle: 'q4',
      guardrails: ['csat', 'backlog', 'csat'],
    });
    expect(twice.status).toBe(422);
    expect(twice.json.errors).toEqual([
      {
        path: 'body.guardrails.2',
        message: 'KPI "csat" is already a guardrail at position 1; list each guardrail KPI once',
      },
    ]);

    await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer faster',
      cycle: 'q4',
      guardrails: ['csat'],
    });
    const patch = await call('PATCH', '/objectives/faster', { guardrails: ['nps'] });
    expect(patch.status).toBe(422);
    expect((await call('GET', '/objectives/faster')).json).toMatchObject({
      version: 1,
      guardrails: [{ kpi: 'csat' }],
    });
  });

  it('guardrails written over the API survive export to a file and import back', async () => {
    const { server, call } = await supportDesk();
    await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer faster',
      cycle: 'q4',
      guardrails: ['backlog', 'csat'],
    });
    const stored = await loadWorkspace(server.store, 'acme-support');
    const text = serializeWorkspace(stored, 'yaml');
    expect(text).toMatch(/guardrails:\n\s+- backlog\n\s+- csat/);
    const parsed = parseWorkspace(text, 'acme.yaml').workspace;
    if (!parsed) throw new Error('the export does not parse');
    await importWorkspace(server.store, parsed, { actor: 'cli:test', at: server.clock.now });
    expect(await loadWorkspace(server.store, 'acme-support')).toStrictEqual(stored);
  });
  it('an import that changes only the guardrails audits the objective and moves its version', async () => {
    const { server, call } = await supportDesk();
    await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer faster',
      cycle: 'q4',
      guardrails: ['csat'],
    });
    const stored = await loadWorkspace(server.store, 'acme-support');
    const edited = {
      ...stored,
      objectives: stored.objectives.map((o) =>
        o.id === 'faster' ? { ...o, guardrails: ['backlog', 'csat'] } : o,
      ),
    };
    const result = await importWorkspace(server.store, edited, { actor: 'cli:test', at: server.clock.now });
    expect(result.records).toMatchObject({ created: 0, updated: 1, archived: 0 });
    const audit = (await call('GET', '/audit?entity=objective&entityId=faster')).json.items as {
      actor: string;
      action: string;
      before: unknown;
      after: unknown;
    }[];
    expect(audit).toContainEqual(
      expect.objectContaining({
        actor: 'cli:test',
        action: 'update',
        before: { guardrails: ['csat'] },
        after: { guardrails: ['backlog', 'csat'] },
      }),
    );
    // A PATCH written against the version before the import is told someone changed it.
    expect((await call('PATCH', '/objectives/faster', { title: 'Reply faster', version: 1 })).status).toBe(
      409,
    );
    // Importing the same file again changes and audits nothing.
    const again = await importWorkspace(server.store, edited, { actor: 'cli:test', at: server.clock.now });
    expect(again.records).toMatchObject({ created: 0, updated: 0, archived: 0 });
  });
});
