import { expectNoSeriousA11yViolations } from '../support/a11y.js';
import { ensureSetUp, OWNER, WORKSPACE } from '../support/accounts.js';
import { linkIn, waitForMail } from '../support/mail.js';
import { expect, test, trackPageErrors } from '../support/test.js';

test.use({ locale: 'en-US' });

test('the owner invites an agent, who accepts from the real mail and sees the console', async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  // Through a separate request context: this page must stay signed out.
  await ensureSetUp(request);
  const agent = { email: `agent-${Date.now()}@haier.example`, name: '张客服', password: 'agent-password-2026' };

  // Signed out, a console page asks for sign-in and comes back afterwards.
  await page.goto('/console/members');
  await expect(page).toHaveURL(/\/console\/sign-in\?next=%2Fconsole%2Fmembers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the console' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email or password is not right.');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/console\/members$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Staff', exact: true }).getByText(OWNER.displayName)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Invite the agent.
  const invite = page.getByRole('region', { name: 'Invite a team member' });
  await invite.getByLabel('Email').fill(agent.email);
  await invite.getByLabel('Role').selectOption('agent');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByRole('status')).toHaveText(`Invitation sent to ${agent.email}.`);
  const open = page.getByRole('region', { name: 'Open invitations' });
  await expect(open.getByText(agent.email)).toBeVisible();

  // The agent opens the link from the real mail, in a browser of their own.
  const mail = await waitForMail(agent.email, new RegExp(WORKSPACE.name));
  const link = linkIn(mail, `${baseURL}/console/accept-invitation?token=`);
  const agentContext = await browser.newContext({ locale: 'en-US' });
  const agentPage = await agentContext.newPage();
  const agentErrors = trackPageErrors(agentPage);
  await agentPage.goto(link);
  await expect(agentPage.getByRole('heading', { level: 1, name: `Join ${WORKSPACE.name}` })).toBeVisible();
  await expect(agentPage.getByText(agent.email)).toBeVisible();
  await expect(agentPage.getByText('Agent', { exact: true })).toBeVisible();
  await agentPage.getByLabel('Display name').fill(agent.name);
  await agentPage.getByRole('textbox', { name: 'Password', exact: true }).fill(agent.password);
  await agentPage.getByRole('button', { name: 'Accept and join' }).click();

  // In the console, as an agent: overview and members, not the owners' and admins' pages.
  await expect(agentPage).toHaveURL(/\/console$/);
  await expect(agentPage.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const agentNav = agentPage.getByRole('navigation', { name: 'Console' });
  await expect(agentNav.getByRole('link', { name: 'Members' })).toBeVisible();
  await expect(agentNav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(agentPage.getByRole('button', { name: `Account menu for ${agent.name}` })).toBeVisible();
  // The link is spent.
  await agentPage.goto(link);
  await expect(agentPage.getByRole('heading', { level: 1, name: 'This invitation cannot be used' })).toBeVisible();
  expect(agentErrors).toEqual([]);
  await agentContext.close();

  // The owner sees the new member and changes their role.
  await page.reload();
  const staff = page.getByRole('region', { name: 'Staff', exact: true });
  const role = staff.getByRole('combobox', { name: `Role of ${agent.name}` });
  await expect(role).toHaveValue('agent');
  await expect(open.getByText(agent.email)).toHaveCount(0);
  await role.selectOption('moderator');
  await expect(role).toHaveValue('moderator');
  await expect(role).toBeEnabled();
  const members = (await (await page.request.get('/api/v1/members')).json()) as {
    items: { email: string; role: string }[];
  };
  expect(members.items.find((member) => member.email === agent.email)?.role).toBe('moderator');

  // An invitation can be withdrawn, after confirming.
  const second = `moderator-${Date.now()}@haier.example`;
  await invite.getByLabel('Email').fill(second);
  await invite.getByLabel('Role').selectOption('moderator');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(open.getByText(second)).toBeVisible();
  await open.getByRole('button', { name: `Withdraw the invitation for ${second}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Withdraw this invitation?' });
  await dialog.getByRole('button', { name: 'Withdraw' }).click();
  await expect(dialog).toBeHidden();
  await expect(open.getByText(second)).toHaveCount(0);
});
