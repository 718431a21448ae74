import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { answer } from './forms.ts';
import { heading, signIn } from './shell.ts';

test('the safeguarding lead chooses a site, filters the review queue and marks an attendance reviewed', async ({
  page,
}) => {
  await signIn(page, 'lead');
  await expect(heading(page)).toHaveText('Choose your site');
  await expectAccessible(page, 'choose your site');
  await answer(page, 'Which site are you working at today?', 'Exampleton Walk-in Centre');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toContainText('Attendance board');

  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Review queue' })
    .click();
  await expect(heading(page)).toContainText('Review queue');
  await expectAccessible(page, 'the review queue');
  await page.getByLabel('Site').selectOption({ label: 'Exampleton Walk-in Centre' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const item = page.getByRole('region', { name: /^Ella Simmons, 16 years/ });
  await expect(item).toBeVisible();
  await expect(page.getByRole('region', { name: /^Oliver Fenwick/ })).toHaveCount(0);

  await item
    .getByLabel('Review note for Ella Simmons')
    .fill('Seen the triage; CSE screen to be completed today.');
  await item.getByRole('button', { name: 'Mark Ella Simmons reviewed' }).click();
  await expect(item).toContainText('Reviewed by Lee Morgan');
  await expect(item).toContainText('CSE screen to be completed today.');
  await expectAccessible(page, 'the review queue after a review');

  await page.getByLabel('Reviewed').selectOption({ label: 'Not reviewed yet' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('region', { name: /^Amelia Rowe/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Ella Simmons/ })).toHaveCount(0);
});
