import { describe, expect, it } from 'vitest';
import { overlapping } from '../../../test/reliability/overlap.js';
import { testDialects } from '../../../test/store/databases.js';
import { DAY_MS } from '../../core/time.js';
import { ingestPoints } from '../data-point.service.js';
import { importWorkspace } from '../workspace-import.service.js';
import { updateWorkspaceSettings } from '../workspace-settings.service.js';
import { type CommittedChange, changeFeed } from '../write/change-feed.js';
import { evaluateAlerts } from './alert-evaluation.service.js';
import { alertHistory } from './alert-history.service.js';
import { setKpiAlertTiming } from './alert-rule.service.js';
import { alertWatches, day, start, supportWorkspace } from './test-support/support-kpi.js';

const watchAlerts = alertWatches();

for (const dialect of testDialects()) {
  describe(`KPI alerts on ${dialect.name}`, () => {
    async function setUp(clock: { now: number }) {
      const store = await dialect.open();
      await importWorkspace(store, supportWorkspace, { actor: 'test', at: start });
      const watch = watchAlerts(store, clock);
      const events: CommittedChange['events'][number][] = [];
      changeFeed(store).subscribe((change) => events.push(...change.events));
      const ingest = async (n: number, value: number) => {
        clock.now = day(n) + 60_000;
        await ingestPoints(store, 'support', 'first-response', [{ at: day(n), value }], {
          actor: 'token:1',
          at: clock.now,
        });
        await watch.idle();
      };
      return { store, watch, events, ingest };
    }

    it('are evaluated after every ingest: pending, then firing, then recovering and resolved', async () => {
      const clock = { now: start };
      const { store, events, ingest } = await setUp(clock);

      await ingest(0, 6);
      await ingest(1, 12);
      await ingest(2, 13);
      await ingest(3, 7);
      await ingest(4, 7);

      expect(events.filter((e) => e.type !== 'kpi.alert').map((e) => [e.type, e.data.to])).toEqual([
        ['kpi.breached', 'firing'],
        ['kpi.recovered', 'normal'],
      ]);
      const history = await alertHistory(store, 'support', 'first-response');
      expect(history.current).toMatchObject({ state: 'normal', severity: null, since: day(4) });
      expect(history.transitions.map((t) => `${t.from}→${t.to} ${t.cause}`)).toEqual([
        'recovering→normal stayed_in',
        'firing→recovering back_in_range',
        'pending→firing stayed_out',
        'normal→pending left_range',
        'no_data→normal first_point',
      ]);
      expect(history.transitions[2]).toMatchObject({ at: day(2), severity: 'critical', value: 13 });
    });

    it('a burst of points ingested at once yields one transition per state change', async () => {
      const clock = { now: start };
      const { store, events, watch } = await setUp(clock);
      const points = Array.from({ length: 10_000 }, (_, i) => ({ at: start + i * 60_000, value: 12 }));
      clock.now = start + 10_000 * 60_000;

      await ingestPoints(store, 'support', 'first-response', points, { actor: 'token:1', at: clock.now });
      await watch.idle();

      expect(events.map((e) => `${e.type} ${e.data.to}`)).toEqual([
        'kpi.alert pending',
        'kpi.alert firing',
        'kpi.breached firing',
      ]);
    });

    it('go stale on the scheduled tick when points stop, and say so once', async () => {
      const clock = { now: start };
      const { store, events, ingest } = await setUp(clock);
      await ingest(0, 6);

      await evaluateAlerts(store, 'support', day(3));
      await evaluateAlerts(store, 'support', day(4));

      expect(events.map((e) => `${e.type} ${e.data.from}→${e.data.to}`)).toEqual([
        'kpi.alert no_data→normal',
        'kpi.alert normal→stale',
      ]);
      expect((await alertHistory(store, 'support', 'first-response')).current).toMatchObject({
        state: 'stale',
        since: day(0) + 1.5 * DAY_MS,
      });
    });

    it('a still-firing alert is told again every repeat interval, and not after it resolves', async () => {
      const clock = { now: start };
      const { store, events, ingest } = await setUp(clock);
      await setKpiAlertTiming(
        store,
        'support',
        'first-response',
        { for: '1 point', repeat: '12h' },
        { actor: 'test', at: start },
      );
      await ingest(0, 12);

      await evaluateAlerts(store, 'support', day(0) + 6 * 3_600_000);
      await evaluateAlerts(store, 'support', day(0) + 13 * 3_600_000);
      await evaluateAlerts(store, 'support', day(0) + 20 * 3_600_000);
      await evaluateAlerts(store, 'support', day(1) + 2 * 3_600_000);
      await ingest(1, 7);
      await evaluateAlerts(store, 'support', day(2));

      const told = events.filter((e) => e.type !== 'kpi.alert');
      expect(told.map((e) => e.type)).toEqual([
        'kpi.breached',
        'kpi.still_firing',
        'kpi.still_firing',
        'kpi.recovered',
      ]);
      expect(told[1]?.data).toMatchObject({ kpi: 'first-response', severity: 'critical', since: day(0) });
    });

    it('two evaluations of the same KPI at once record its transition once and tell it once', async () => {
      const clock = { now: start };
      const { store, events, ingest } = await setUp(clock);
      await ingest(0, 12);
      // The ingest's evaluation and the clock's tick (or two servers' ticks), at the same time.
      const evaluations = [1, 2].map(() => () => evaluateAlerts(store, 'support', day(1) + 3_600_000));

      if (dialect.name === 'postgres') {
        // Forced to overlap: both have read the alert's state before either writes.
        const { results, waitedTogether } = await overlapping(store, 'kpi_alert_transitions', evaluations);
        expect(waitedTogether).toBe(2);
        expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      } else {
        await Promise.all(evaluations.map((evaluate) => evaluate()));
      }

      const history = await alertHistory(store, 'support', 'first-response');
      expect(history.transitions.map((t) => `${t.from}→${t.to}`)).toEqual([
        'pending→firing',
        'no_data→pending',
      ]);
      expect(events.filter((e) => e.type === 'kpi.breached')).toHaveLength(1);
    });

    it('past values filled in one by one share an instant in two transitions, each recorded once', async () => {
      // What the full browser run showed as "firing at …, twice": values added oldest
      // first, each evaluated against today's clock, as the KPI page's form does.
      const clock = { now: day(30) };
      const { store, events, watch } = await setUp(clock);
      for (const n of [0, 1]) {
        await ingestPoints(store, 'support', 'first-response', [{ at: day(n), value: 12 }], {
          actor: 'token:1',
          at: clock.now,
        });
        await watch.idle();
      }

      const history = await alertHistory(store, 'support', 'first-response');
      const at = (t: { at: number }) => `day ${(t.at - start) / DAY_MS}`;
      expect(history.transitions.map((t) => `${at(t)} ${t.from}→${t.to}`).reverse()).toEqual([
        'day 0 no_data→pending',
        'day 1 pending→firing',
        'day 1.5 firing→stale',
        'day 1 stale→firing',
        'day 2.5 firing→stale',
      ]);
      expect(events.filter((e) => e.type === 'kpi.breached')).toHaveLength(1);
    });

    it("a KPI without its own repeat interval takes the workspace's", async () => {
      const clock = { now: start };
      const { store, events, ingest } = await setUp(clock);
      await updateWorkspaceSettings(store, 'support', { alertRepeat: '1 day' }, undefined, {
        actor: 'test',
        at: start,
      });
      await ingest(0, 12);
      await ingest(1, 13);

      await evaluateAlerts(store, 'support', day(2) + 60_000);

      expect(events.filter((e) => e.type !== 'kpi.alert').map((e) => e.type)).toEqual([
        'kpi.breached',
        'kpi.still_firing',
      ]);
      // The workspace's default, told apart from a KPI's own so an editor can leave it be.
      expect((await alertHistory(store, 'support', 'first-response')).current).toMatchObject({
        repeat: '1d',
        ownRepeat: null,
      });
    });
  });
}
