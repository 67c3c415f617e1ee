/**
 * Child process for the kill -9 test: opens the database URL named in argv (SQLite or
 * PostgreSQL), then writes one point per transaction for ever, printing "ack <at>" only
 * after each commit returned.
 */
import { ingestPoints } from '../../src/service/data-point.service.js';
import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { openDatabase } from '../../src/store/database.js';
import { everyFieldWorkspace } from './fixture.js';

const store = await openDatabase(process.argv[2] ?? '');
await importWorkspace(store, everyFieldWorkspace(), { actor: 'system' });
for (let at = 1; ; at++) {
  await ingestPoints(store, undefined, 'utilisation', [{ at, value: at }], { actor: 'system' });
  process.stdout.write(`ack ${at}\n`);
}
