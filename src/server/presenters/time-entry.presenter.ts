import type { TimeEntryRecord } from '../../service/time-entry.service.js';

export function presentTimeEntry(t: TimeEntryRecord) {
  return {
    id: t.id,
    initiative: t.initiative,
    person: t.person,
    date: t.date,
    hours: t.hours,
    billable: t.billable,
    note: t.note ?? null,
    version: t.version,
  };
}
