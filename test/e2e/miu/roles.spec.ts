import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { heading, signIn } from './shell.ts';

test('a clinician is refused the review queue and the audit log, in the app and by the server', async ({
  page,
}) => {
  await signIn(page, 'miu');
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await expect(menu.getByRole('link', { name: 'Attendance board' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Review queue' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  for (const path of ['/review', '/audit']) {
    await page.goto(path);
    await expect(heading(page)).toHaveText('You cannot open this page');
    await expect(page.getByText('The review queue is for safeguarding leads')).toBeVisible();
    await expectAccessible(page, `the refusal at ${path}`);
  }
  expect((await page.request.get('/api/review')).status()).toBe(403);
  expect((await page.request.get('/api/audit')).status()).toBe(403);
});

test('an administrator searches the audit log by user and by patient', async ({ page }) => {
  await signIn(page, 'admin');
  await expect(heading(page)).toContainText('Audit log');
  await expectAccessible(page, 'the audit log');
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await expect(menu.getByRole('link', { name: 'Review queue' })).toHaveCount(0);

  await page.getByLabel('Username').fill('casey.admin');
  await page.getByRole('button', { name: 'Search' }).click();
  const table = page.getByRole('table');
  await expect(table).toContainText('sign-in');
  await expect(table).toContainText('Casey');
  await expectAccessible(page, 'audit entries by user');

  await page.getByLabel('Username').fill('');
  await page.getByLabel('Patient’s NHS number').fill('999 001 0374');
  await page.getByRole('button', { name: 'Search' }).click();
  // Seed reads are audited too; at the least this search is there, by patient.
  await expect(page.getByRole('status').filter({ hasText: /entr(y|ies)|No entries found/ })).toBeVisible();
});
