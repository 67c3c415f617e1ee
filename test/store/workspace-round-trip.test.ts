import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/service/errors.js';
import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { loadWorkspace } from '../../src/service/workspace-load.service.js';
import { parseWorkspace, serializeWorkspace } from '../../src/workspace/index.js';
import { failInsertsInto, testDialects } from './databases.js';
import { everyFieldWorkspace, withPointsInTimeOrder } from './fixture.js';

const examplesDir = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(examplesDir).filter((f) => /\.(ya?ml|json)$/.test(f));
const cli = { actor: 'cli:test', at: Date.UTC(2026, 10, 23, 12) };

describe.each(testDialects())('a workspace through $name', ({ open }) => {
  it.each(examples)('%s comes back from the store exactly as the file gave it', async (file) => {
    const text = readFileSync(join(examplesDir, file), 'utf8');
    const parsed = parseWorkspace(text, file);
    const ws = parsed.workspace;
    if (!ws) throw new Error(`example ${file} does not parse`);
    const store = await open();
    await importWorkspace(store, ws, cli);
    const loaded = await loadWorkspace(store, ws.name);
    expect(loaded).toStrictEqual(withPointsInTimeOrder(ws));
    expect(serializeWorkspace(loaded, 'yaml')).toBe(serializeWorkspace(withPointsInTimeOrder(ws), 'yaml'));
  });

  it('keeps every field of the model, in the order written, with points in time order', async () => {
    const store = await open();
    const ws = everyFieldWorkspace();
    await importWorkspace(store, ws, cli);
    expect(await loadWorkspace(store, 'Every Field Ltd')).toStrictEqual(withPointsInTimeOrder(ws));
  });

  it('a re-import replaces the content: dropped records are archived, not listed', async () => {
    const store = await open();
    const ws = everyFieldWorkspace();
    await importWorkspace(store, ws, cli);
    const smaller = {
      ...ws,
      locale: undefined,
      kpis: ws.kpis.filter((k) => k.id !== 'utilisation'),
      decisions: ws.decisions.filter((d) => d.kpi !== 'utilisation'),
      // A guardrail on a KPI the file no longer lists goes with it.
      objectives: ws.objectives.map((o) =>
        o.guardrails ? { ...o, guardrails: o.guardrails.filter((k) => k !== 'utilisation') } : o,
      ),
      initiatives: [],
    };
    const { locale: _dropped, ...expected } = smaller;
    const result = await importWorkspace(store, expected, cli);
    expect(result.created).toBe(false);
    expect(result.records.archived).toBe(3);
    expect(await loadWorkspace(store, ws.name)).toStrictEqual(withPointsInTimeOrder(expected));
  });

  it('a re-import of the same file changes no record', async () => {
    const store = await open();
    await importWorkspace(store, everyFieldWorkspace(), cli);
    const again = await importWorkspace(store, everyFieldWorkspace(), cli);
    expect(again.records).toEqual({ created: 0, updated: 0, archived: 0 });
    expect(again.points).toEqual({ added: 0, replaced: 0, removed: 0 });
  });

  it('stores under another name when asked, and both workspaces live side by side', async () => {
    const store = await open();
    await importWorkspace(store, everyFieldWorkspace(), cli);
    await importWorkspace(store, everyFieldWorkspace(), { ...cli, name: 'Sandbox' });
    expect((await loadWorkspace(store, 'sandbox')).name).toBe('Sandbox');
    expect((await loadWorkspace(store, 'every-field-ltd')).name).toBe('Every Field Ltd');
  });

  it('refuses a workspace with two points for one KPI at one instant, and changes nothing', async () => {
    const store = await open();
    const ws = everyFieldWorkspace();
    await importWorkspace(store, ws, cli);
    const [churn, ...rest] = ws.kpis;
    if (!churn) throw new Error('fixture has churn');
    const twice = {
      ...churn,
      name: 'Renamed',
      points: [...churn.points, { at: churn.points[0]?.at ?? 0, value: 1 }],
    };
    const broken = { ...ws, kpis: [twice, ...rest] };
    await expect(importWorkspace(store, broken, cli)).rejects.toThrow(ValidationError);
    await expect(importWorkspace(store, broken, cli)).rejects.toThrow(/already has a point at 2026-08-01/);
    expect(await loadWorkspace(store, ws.name)).toStrictEqual(withPointsInTimeOrder(ws));
  });

  it('refuses values no database can hold faithfully, such as NaN', async () => {
    const store = await open();
    const ws = everyFieldWorkspace();
    const kpis = ws.kpis.map((k) => ({ ...k, points: [{ at: 0, value: Number.NaN }] }));
    await expect(importWorkspace(store, { ...ws, kpis }, cli)).rejects.toThrow(
      /points\[0\]\.value: NaN is not a finite number/,
    );
  });

  it('a failure half-way through the transaction leaves the previous workspace intact', async () => {
    const store = await open();
    const ws = everyFieldWorkspace();
    await importWorkspace(store, ws, cli);
    await failInsertsInto(store, 'check_ins');
    const renamed = { ...ws, people: ws.people.map((p) => ({ ...p, name: `${p.name} II` })) };
    const withNewCheckIn = {
      ...renamed,
      objectives: renamed.objectives.map((o) => ({
        ...o,
        keyResults: o.keyResults.map((kr) => ({ ...kr, checkIns: [...kr.checkIns, { at: 5, value: 1 }] })),
      })),
    };
    await expect(importWorkspace(store, withNewCheckIn, cli)).rejects.toThrow(/refused by the test/);
    expect(await loadWorkspace(store, ws.name)).toStrictEqual(withPointsInTimeOrder(ws));
  });
});
