import { describe, expect, it } from 'vitest';
import { listAuditLog } from '../../src/service/audit.service.js';
import {
  archiveCheckIn,
  createCheckIn,
  listCheckIns,
  updateCheckIn,
} from '../../src/service/check-in.service.js';
import {
  archiveDecision,
  createDecision,
  listDecisions,
  updateDecision,
} from '../../src/service/decision.service.js';
import { ConflictError, ValidationError } from '../../src/service/errors.js';
import {
  archiveKpi,
  createKpi,
  getKpi,
  listKpis,
  purgeKpi,
  updateKpi,
} from '../../src/service/kpi.service.js';
import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { loadWorkspace } from '../../src/service/workspace-load.service.js';
import { testDialects } from './databases.js';
import { everyFieldWorkspace } from './fixture.js';

const maya = { actor: 'user:1', at: Date.UTC(2026, 10, 23, 12) };
const tomas = { actor: 'user:2', at: Date.UTC(2026, 10, 23, 13) };

describe.each(testDialects())('editing records on $name', ({ open }) => {
  async function seeded() {
    const store = await open();
    await importWorkspace(store, everyFieldWorkspace(), { actor: 'cli:test' });
    return store;
  }

  it('two people edit the same KPI version: the second gets a conflict, not a silent overwrite', async () => {
    const store = await seeded();
    const read = await getKpi(store, undefined, 'utilisation');
    await updateKpi(store, undefined, 'utilisation', { name: 'Utilisation (billable)' }, read.version, maya);
    const stale = updateKpi(store, undefined, 'utilisation', { unit: '%' }, read.version, tomas);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/you edited version 1, it is now at 2/);
    expect((await getKpi(store, undefined, 'utilisation')).name).toBe('Utilisation (billable)');
  });

  it('moving the healthy range is a ratchet: it lands in the threshold history with its reason', async () => {
    const store = await seeded();
    const churn = await getKpi(store, undefined, 'churn');
    const after = await updateKpi(
      store,
      undefined,
      'churn',
      { healthy: { max: 4 }, reason: 'held 5% for two quarters', keyResult: 'churn-down' },
      churn.version,
      maya,
    );
    expect(after.healthy).toEqual({ max: 4 });
    expect(after.thresholdHistory?.at(-1)).toEqual({
      at: maya.at,
      from: { max: 5 },
      to: { max: 4 },
      keyResult: 'churn-down',
      reason: 'held 5% for two quarters',
    });
  });

  it('creates a KPI at the end of the list, and refuses a duplicate id', async () => {
    const store = await seeded();
    const nps = {
      id: 'nps',
      name: 'Net promoter score',
      cadence: 'quarterly' as const,
      healthy: { min: 30 },
      owner: 'maya',
    };
    expect(await createKpi(store, undefined, nps, maya)).toEqual({ ...nps, version: 1 });
    expect((await listKpis(store, undefined)).map((k) => k.id)).toEqual(['churn', 'utilisation', 'nps']);
    await expect(createKpi(store, undefined, nps, maya)).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses an edit whose healthy range the warning range cuts into, as the workspace file does', async () => {
    const store = await seeded();
    const churn = await getKpi(store, undefined, 'churn');
    const edit = updateKpi(
      store,
      undefined,
      'churn',
      { healthy: { max: 8 }, reason: 'churn is seasonal' },
      churn.version,
      maya,
    );
    await expect(edit).rejects.toThrow(
      /warning.max: max 7 cuts into the healthy range \(the healthy max is 8\); the warning range must contain the healthy range/,
    );
    expect((await getKpi(store, undefined, 'churn')).healthy).toEqual({ max: 5 });
  });

  it('refuses to move the healthy range without a reason', async () => {
    const store = await seeded();
    const churn = await getKpi(store, undefined, 'churn');
    await expect(
      updateKpi(store, undefined, 'churn', { healthy: { max: 4 } }, churn.version, maya),
    ).rejects.toThrow(/Moving the healthy range of “Monthly [^”]*” needs a reason/);
  });

  it('refuses a KPI whose range is upside down', async () => {
    const store = await seeded();
    const bad = { id: 'x', name: 'X', cadence: 'weekly' as const, healthy: { min: 80, max: 70 } };
    await expect(createKpi(store, undefined, bad, maya)).rejects.toThrow(
      /healthy.min: min 80 is greater than max 70; swap them/,
    );
    await expect(createKpi(store, undefined, bad, maya)).rejects.toBeInstanceOf(ValidationError);
  });

  it('archiving hides a KPI from the workspace but keeps it; a KPI a key result links cannot be archived', async () => {
    const store = await seeded();
    const utilisation = await getKpi(store, undefined, 'utilisation');
    await archiveKpi(store, undefined, 'utilisation', utilisation.version, maya);
    expect((await loadWorkspace(store)).kpis.map((k) => k.id)).toEqual(['churn']);
    expect((await getKpi(store, undefined, 'utilisation')).archivedAt).toBe(maya.at);
    const churn = await getKpi(store, undefined, 'churn');
    await expect(archiveKpi(store, undefined, 'churn', churn.version, maya)).rejects.toThrow(
      /is linked by the key result “Reduce churn from 8% to 5%”; unlink or archive it first/,
    );
  });

  it('purging deletes the KPI and its decisions for good, and the audit log keeps what it was', async () => {
    const store = await seeded();
    await purgeKpi(store, undefined, 'utilisation', maya);
    await expect(getKpi(store, undefined, 'utilisation')).rejects.toThrow(/No KPI "utilisation"/);
    expect((await listDecisions(store, undefined)).map((d) => d.kpi)).toEqual(['churn']);
    const [purge] = await listAuditLog(store, undefined, { entity: 'kpi', entityId: 'utilisation' });
    expect(purge).toMatchObject({
      action: 'purge',
      actor: 'user:1',
      before: { name: 'Billable utilisation' },
    });
  });

  it('records a decision on a breaching KPI, edits it with its version, archives it', async () => {
    const store = await seeded();
    const decision = await createDecision(
      store,
      undefined,
      { kpi: 'churn', at: maya.at, by: 'maya', text: 'Hire a second success manager' },
      maya,
    );
    expect(decision).toMatchObject({ kpi: 'churn', by: 'maya', version: 1 });
    const edited = await updateDecision(store, undefined, decision.id, { objective: 'retain' }, 1, tomas);
    expect(edited).toMatchObject({ objective: 'retain', version: 2 });
    await expect(
      updateDecision(store, undefined, decision.id, { text: 'x' }, 1, maya),
    ).rejects.toBeInstanceOf(ConflictError);
    await archiveDecision(store, undefined, decision.id, 2, maya);
    expect((await listDecisions(store, undefined, { kpi: 'churn' })).map((d) => d.text)).toEqual([
      'Call every churned account',
    ]);
  });

  it('a weekly check-in with confidence shows up on its key result, in the workspace too', async () => {
    const store = await seeded();
    const checkIn = await createCheckIn(
      store,
      undefined,
      'churn-down',
      { at: Date.UTC(2026, 9, 21), value: 6, confidence: 0.7, note: 'win-back calls work' },
      maya,
    );
    expect(checkIn).toMatchObject({ keyResult: 'churn-down', value: 6, version: 1 });
    await updateCheckIn(store, undefined, checkIn.id, { confidence: 0.8 }, 1, maya);
    const kr = (await loadWorkspace(store)).objectives[1]?.keyResults[0];
    expect(kr?.checkIns.at(-1)).toEqual({
      at: Date.UTC(2026, 9, 21),
      value: 6,
      confidence: 0.8,
      note: 'win-back calls work',
    });
    await expect(
      createCheckIn(store, undefined, 'churn-down', { at: 1, value: 1, confidence: 1.5 }, maya),
    ).rejects.toThrow(/confidence: use a number from 0/);
    await archiveCheckIn(store, undefined, checkIn.id, 2, maya);
    expect(await listCheckIns(store, undefined, { keyResult: 'churn-down' })).toHaveLength(2);
  });

  it('every change names who made it and when', async () => {
    const store = await seeded();
    const read = await getKpi(store, undefined, 'utilisation');
    await updateKpi(store, undefined, 'utilisation', { unit: '%' }, read.version, tomas);
    const [latest] = await listAuditLog(store, undefined, { limit: 1 });
    expect(latest).toMatchObject({
      actor: 'user:2',
      at: tomas.at,
      entity: 'kpi',
      entityId: 'utilisation',
      action: 'update',
      after: { unit: '%' },
    });
    expect(latest?.before).not.toHaveProperty('unit');
  });
});
