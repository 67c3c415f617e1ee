import type { Initiative } from '../../core/model.js';

/** An initiative with the hours logged on it and the version to send with the next edit. */
export function presentInitiative(i: Initiative, hours: number, version: number) {
  return {
    id: i.id,
    title: i.title,
    owner: i.owner ?? null,
    keyResults: [...i.keyResults],
    status: i.status,
    due: i.due ?? null,
    hours,
    version,
  };
}
