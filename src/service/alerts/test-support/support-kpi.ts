import { afterEach } from 'vitest';
import type { Workspace } from '../../../core/model.js';
import { DAY_MS } from '../../../core/time.js';
import type { Store } from '../../../store/database.js';
import { type AlertWatch, watchAlerts } from '../alert-watch.js';

/**
 * The workspace the alert and outbox tests watch: Support, whose first response time
 * (hours, daily) is healthy at most 8 and a warning at most 10, owned by Ana.
 */
export const start = Date.UTC(2026, 10, 2);
export const day = (n: number) => start + n * DAY_MS;

export const supportWorkspace: Workspace = {
  name: 'Support',
  freelancer: false,
  people: [{ id: 'ana', name: 'Ana', email: 'ana@support.test' }],
  teams: [],
  cycles: [],
  kpis: [
    {
      id: 'first-response',
      name: 'First response time',
      unit: 'h',
      owner: 'ana',
      cadence: 'daily',
      healthy: { max: 8 },
      warning: { max: 10 },
      points: [],
    },
  ],
  objectives: [],
  decisions: [],
  initiatives: [],
};

/** Starts alert watches on a hand-moved clock; each is stopped after its test. */
export function alertWatches(): (store: Store, clock: { readonly now: number }) => AlertWatch {
  const watches: AlertWatch[] = [];
  afterEach(async () => {
    for (const watch of watches.splice(0)) await watch.stop();
  });
  return (store, clock) => {
    const watch = watchAlerts(store, { now: () => clock.now });
    watches.push(watch);
    return watch;
  };
}
