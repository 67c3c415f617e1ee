import { expect, keepScreenshot, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InvitePage } from './pages/invite-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { admin, signInAsAdmin } from './session.js';

const eve = { name: 'Eve Editor', email: 'eve@example.com', password: 'eve likes long passwords' };

test('an invitation accepted in a second browser gives an editor who can sign in and edit only what editors may', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  await signInAsAdmin(page);
  await new AppShell(page).go('Settings');
  const invitations = page.getByRole('region', { name: 'Invitations' });
  await invitations.getByLabel('Email to invite').fill(eve.email);
  await invitations.getByLabel('Their role').selectOption('editor');
  await invitations.getByRole('button', { name: 'Invite' }).click();
  const shown = invitations.locator('code.secret');
  await expect(shown).toHaveText(/\/invite\/ri_/);
  const link = (await shown.textContent()) ?? '';
  await keepScreenshot(page, testInfo, 'invitation-link');
  await invitations.getByRole('button', { name: 'Done' }).click();
  await expect(invitations.getByRole('list', { name: 'Pending invitations' })).toContainText(eve.email);

  // Eve, in a browser of her own: no cookies shared with the admin.
  const context = await browser.newContext({ baseURL });
  const evePage = await context.newPage();
  await evePage.goto(link);
  await new InvitePage(evePage).join(eve.name, eve.password);
  await expect(evePage.getByRole('heading', { level: 1, name: admin.workspaceName })).toBeVisible();

  // The link worked once: opening it again says so in words.
  const again = await context.newPage();
  await again.goto(link);
  await expect(again.getByRole('heading', { name: 'This invitation cannot be used' })).toBeVisible();
  await expect(again.getByRole('alert')).toContainText('already been used');
  await again.close();

  // She can sign out and back in with the password she chose.
  await new AppShell(evePage).signOut();
  await new SignInPage(evePage).signIn(eve.email, eve.password);
  await expect(evePage.getByRole('heading', { level: 1, name: admin.workspaceName })).toBeVisible();

  // Settings: she sees people but manages nothing.
  await new AppShell(evePage).go('Settings');
  await expect(evePage.getByText('Only owners and admins change teams, people and tokens.')).toBeVisible();
  await expect(evePage.getByRole('region', { name: 'Invitations' })).toHaveCount(0);
  await keepScreenshot(evePage, testInfo, 'editor-settings');

  // What editors may: change what they own, not what others own, and not manage people.
  const origin = new URL(baseURL ?? '').origin;
  const api = (path: string, data: unknown) =>
    evePage.request.post(`/api/v1/workspaces/acme-support${path}`, { data, headers: { origin } });
  const people = await (await evePage.request.get('/api/v1/workspaces/acme-support/people?limit=500')).json();
  const self = people.items.find((p: { email: string | null }) => p.email === eve.email);
  const adminPerson = people.items.find((p: { email: string | null }) => p.email === admin.email);
  expect(self).toMatchObject({ name: eve.name, role: 'editor' });
  expect((await api('/initiatives', { title: 'Eve writes the triage guide', owner: self.id })).status()).toBe(
    201,
  );
  const others = await api('/initiatives', { title: 'Ada must do this', owner: adminPerson.id });
  expect(others.status()).toBe(403);
  expect((await others.json()).detail).toMatch(/As an editor you can change what you or your team own/);
  expect((await api('/invitations', { email: 'friend@example.com', role: 'viewer' })).status()).toBe(403);
  await context.close();
});
