import { describe, expect, it } from 'vitest';
import { overlapping } from '../../test/reliability/overlap.js';
import { testDialects } from '../../test/store/databases.js';
import { importExamples, testServer } from './test-support/harness.js';

interface Race {
  readonly record: string;
  readonly path: string;
  readonly table: 'kpis' | 'objectives' | 'key_results' | 'initiatives' | 'teams' | 'workspaces';
  readonly key: string;
  /** Two edits of the record that touch the same fields, told apart by `mark`. */
  readonly edit: (mark: 'a' | 'b') => Record<string, unknown>;
  /** The stored fields that must all come from one edit. */
  readonly columns: readonly string[];
}

const RACES: readonly Race[] = [
  {
    record: 'a KPI',
    path: '/kpis/backlog',
    table: 'kpis',
    key: 'backlog',
    edit: (mark) => ({ name: `Backlog ${mark}`, unit: `tickets-${mark}` }),
    columns: ['name', 'unit'],
  },
  {
    record: 'an objective',
    path: '/objectives/self-service',
    table: 'objectives',
    key: 'self-service',
    edit: (mark) => ({ title: `Self-service ${mark}`, owner: mark === 'a' ? 'maya' : 'tomas' }),
    columns: ['title', 'owner_id'],
  },
  {
    record: 'a key result',
    path: '/key-results/kr-response-time',
    table: 'key_results',
    key: 'kr-response-time',
    edit: (mark) => ({ title: `Faster ${mark}`, weight: mark === 'a' ? 2 : 3, reason: 'race' }),
    columns: ['title', 'weight'],
  },
  {
    record: 'an initiative',
    path: '/initiatives/macros',
    table: 'initiatives',
    key: 'macros',
    edit: (mark) => ({ title: `Macros ${mark}`, due: mark === 'a' ? '2027-01-15' : '2027-02-15' }),
    columns: ['title', 'due'],
  },
  {
    record: 'a team',
    path: '/teams/tier1',
    table: 'teams',
    key: 'tier1',
    edit: (mark) => ({ name: `Tier one ${mark}`, parent: mark === 'a' ? 'support' : 'escalations' }),
    columns: ['name', 'parent_id'],
  },
];

/**
 * Issue 13: two clients edit the same record from the same version at the same moment.
 * Exactly one edit wins, whole; the other hears 409 and stores nothing (no field, no
 * audit entry). On PostgreSQL the two edits are forced to overlap (`overlapping`): both
 * have read the record before either writes.
 */
describe.each(testDialects())('parallel edits on $name', (dialect) => {
  it.each(RACES)('of $record: one wins whole, the other gets 409 and writes nothing', async (race) => {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    const owner = { cookie: await server.member('owner', acme ?? '', 'owner@acme.test') };
    const row = () =>
      server.db
        .selectFrom(race.table)
        .selectAll()
        .where('key', '=', race.key)
        .executeTakeFirstOrThrow() as Promise<Record<string, unknown>>;
    const audits = async (db = server.db) => (await db.selectFrom('audit_log').select('id').execute()).length;
    const { version } = await row();
    const auditsBefore = await audits();
    const edit = (mark: 'a' | 'b') => () =>
      server.call('PATCH', `/api/v1/workspaces/${acme}${race.path}`, { ...race.edit(mark), version }, owner);
    const answers =
      dialect.name === 'postgres'
        ? (await overlapping(server.store, race.table, [edit('a'), edit('b')])).results.map((r) => {
            if (r.status === 'rejected') throw r.reason;
            return r.value;
          })
        : await Promise.all([edit('a')(), edit('b')()]);
    const statuses = answers.map((a) => a.status);
    expect([...statuses].sort(), answers.map((a) => a.text).join('\n')).toEqual([200, 409]);
    const winner = statuses[0] === 200 ? 'a' : 'b';
    const after = await row();
    const alone = await testServer(dialect);
    const [solo] = await importExamples(alone, ['support-team.yaml']);
    const soloOwner = { cookie: await alone.member('owner', solo ?? '', 'owner@acme.test') };
    const soloAuditsBefore = await audits(alone.db);
    const single = await alone.call(
      'PATCH',
      `/api/v1/workspaces/${solo}${race.path}`,
      { ...race.edit(winner), version },
      soloOwner,
    );
    expect(single.status).toBe(200);
    const expected = (await alone.db
      .selectFrom(race.table)
      .selectAll()
      .where('key', '=', race.key)
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    for (const column of race.columns) expect(after[column], column).toEqual(expected[column]);
    expect(Number(after.version)).toBe(Number(version) + 1);
    // The loser left no audit entry: the race wrote what the winner alone writes.
    expect((await audits()) - auditsBefore).toBe((await audits(alone.db)) - soloAuditsBefore);
  });
});
