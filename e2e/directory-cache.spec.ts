import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { signInAsAdmin } from './session.js';
import { workspaceApi, workspaceSlug } from './workspace-api.js';

const LIST = /\/api\/v1\/workspaces\/[^/]+\/(teams|people|cycles)(?:\?|$)/;

/**
 * Issue 9, item 8: teams, people and cycles are fetched once per session and refreshed by
 * the event stream, not asked for again on every page.
 */
test('teams, people and cycles are fetched once a session and follow a change made elsewhere', async ({
  page,
}) => {
  await signInAsAdmin(page);
  const ws = workspaceSlug(page);
  const asked: string[] = [];
  page.on('request', (request) => {
    const list = request.method() === 'GET' ? LIST.exec(request.url())?.[1] : undefined;
    if (list) asked.push(list);
  });
  const count = (list: string) => asked.filter((l) => l === list).length;

  await test.step('five pages in a row ask for each list once', async () => {
    await page.goto(`/w/${ws}`);
    await page.getByRole('region', { name: /^Objectives/ }).waitFor();
    const shell = new AppShell(page);
    await shell.go('Alignment');
    await page.getByRole('heading', { level: 1, name: 'Alignment' }).waitFor();
    await shell.go('Cycles');
    await page.getByRole('heading', { level: 1, name: 'Cycle review' }).waitFor();
    await shell.go('Home');
    await page.getByRole('region', { name: /^Objectives/ }).waitFor();
    await shell.go('Settings');
    await page.getByRole('region', { name: 'Teams' }).waitFor();
    expect({ teams: count('teams'), people: count('people'), cycles: count('cycles') }).toEqual({
      teams: 1,
      people: 1,
      cycles: 1,
    });
  });

  await test.step('a team added elsewhere shows in the list without a reload', async () => {
    await expect(page.locator('.live-live')).toBeVisible();
    const name = `Directory team ${Date.now()}`;
    expect((await workspaceApi(page, 'POST', '/teams', { name })).status).toBe(201);
    await expect(page.getByRole('region', { name: 'Teams' })).toContainText(name);
    expect(asked).toEqual(['teams', 'people', 'cycles', 'teams', 'people', 'cycles']);
  });
});
