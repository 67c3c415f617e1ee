import type { Page } from '@playwright/test';
import { expect, keepScreenshot, test } from './fixtures.js';
import { CyclesPage } from './pages/cycles-page.js';
import { signInAsAdmin } from './session.js';

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * Engine v2 in the browser (issue 14): a KPI without a healthy range takes the one its
 * history suggests in one step; an objective's guardrail that left its healthy range
 * during the cycle is flagged on its page; the cycle review says whether the work moved
 * the KPI. The data goes in through the API, as a script would send it.
 */
async function api(page: Page) {
  const ws = new URL(page.url()).pathname.split('/')[2] ?? '';
  const origin = new URL(page.url()).origin;
  return {
    ws,
    async send(method: 'post' | 'patch', path: string, data: unknown) {
      const response = await page.request[method](`/api/v1/workspaces/${ws}${path}`, {
        data,
        headers: { Origin: origin },
      });
      expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    },
  };
}

test('suggested range, breached guardrail and impact verdict', async ({ page }, testInfo) => {
  await signInAsAdmin(page);
  const { ws, send } = await api(page);
  const now = Date.now();
  const start = now - 120 * DAY;
  // A half-year cycle of its own, four months behind and two ahead (its midpoint is 30 days
  // ago): longer than the quarter, so the quarter stays the current cycle for other specs.
  await send('post', '/cycles', { id: 'engine-push', start: isoDate(start), end: isoDate(now + 60 * DAY) });

  // Wait time: about 40 min for a month before the cycle, about 25 min for the last two weeks.
  await send('post', '/kpis', { id: 'wait-time', name: 'Queue wait time', unit: 'min', cadence: 'weekly' });
  const before = Array.from({ length: 30 }, (_, i) => ({
    at: new Date(start - (30 - i) * DAY).toISOString(),
    value: 40 + (i % 5) - 2,
  }));
  const after = Array.from({ length: 14 }, (_, i) => ({
    at: new Date(now - (14 - i) * DAY).toISOString(),
    value: 25 + (i % 3) - 1,
  }));
  await send('post', '/kpis/wait-time/points', { points: [...before, ...after] });

  // Satisfaction must stay at 4 or more; it dipped to 3.6 three weeks ago.
  await send('post', '/kpis', {
    id: 'queue-csat',
    name: 'Queue satisfaction',
    unit: '/5',
    cadence: 'weekly',
    healthy: { min: 4 },
  });
  await send('post', '/kpis/queue-csat/points', {
    points: [
      { at: new Date(now - 40 * DAY).toISOString(), value: 4.4 },
      { at: new Date(now - 21 * DAY).toISOString(), value: 3.6 },
      { at: new Date(now - 2 * DAY).toISOString(), value: 4.2 },
    ],
  });
  await send('post', '/objectives', {
    id: 'shorter-queues',
    title: 'Shorter queues without unhappier callers',
    cycle: 'engine-push',
    keyResults: [
      {
        id: 'wait-down',
        title: 'Cut queue wait time from 40 min to 20 min',
        baseline: 40,
        target: 20,
        unit: 'min',
        kpi: 'wait-time',
      },
    ],
  });

  // The KPI page: no healthy range yet, so its history suggests one, accepted in one step.
  await page.goto(`/w/${ws}/kpis/wait-time`);
  const suggested = page.getByRole('region', { name: 'Suggested healthy range' });
  await expect(suggested).toContainText(/Its history suggests between [\d.]+ min and [\d.]+ min/);
  await suggested.getByRole('button', { name: 'Use this range' }).click();
  await expect(suggested).toBeHidden();
  await expect(page.locator('.stat:not(.held-stat)').filter({ hasText: 'Healthy' })).toContainText(
    /min – .*min/,
  );
  // The linked key result says the work moved the KPI.
  const linked = page.getByRole('region', { name: 'Linked key results' });
  await expect(linked).toContainText(/Moved\s*[\d.]+ min lower \(95% interval/);

  // The objective page: pick the guardrail; it shows breached.
  await page.goto(`/w/${ws}/objectives/shorter-queues`);
  const guardrails = page.getByRole('region', { name: 'Guardrails' });
  await guardrails.getByRole('button', { name: 'Add guardrails' }).click();
  await guardrails.getByLabel('Queue satisfaction').check();
  await guardrails.getByRole('button', { name: 'Save guardrails' }).click();
  await expect(guardrails.getByRole('link', { name: 'Queue satisfaction' })).toBeVisible();
  await expect(guardrails).toContainText('Breached this cycle');
  await expect(guardrails.getByRole('status')).toHaveText('A guardrail left the healthy range this cycle');
  await keepScreenshot(page, testInfo, 'objective-guardrail-breached');

  // The cycle review: did the work move the KPI?
  await page.goto(`/w/${ws}/cycles`);
  await new CyclesPage(page).pick('engine-push');
  const impact = page.getByRole('region', { name: 'Did the work move the KPIs?' });
  await expect(impact).toContainText('Cut queue wait time from 40 min to 20 min');
  await expect(impact).toContainText(
    /Moved\s*[\d.]+ min lower \(95% interval [\d.]+ min to [\d.]+ min lower\)/,
  );
  await keepScreenshot(page, testInfo, 'cycle-review-impact');
});
