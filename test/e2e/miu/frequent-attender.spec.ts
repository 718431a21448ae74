import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { heading, openFromBoard, signIn } from './shell.ts';

test('a child seen at three sites: FA3, with the history from the registry listed by site', async ({
  page,
}) => {
  await signIn(page, 'miu');
  await openFromBoard(page, 'Oliver Fenwick');
  await page.getByRole('link', { name: 'Frequent-attender check', exact: true }).click();
  // The registry lookup runs first (the server's cross-site history), then the list.
  await expect(heading(page)).toHaveText('Phase 3 of 5: Listing');
  const level = page.locator('.nhsuk-summary-list__row', { hasText: 'Frequent-attender level' });
  await expect(level).toContainText('FA3');
  // The earlier visits, by the place they were made: one visit at each of the three sites' providers.
  for (const provider of [
    'Exampleton Community Health NHS Trust (1 visit)',
    'Exampleton Urgent Care Partnership (1 visit)',
    'Exampleton General Hospital NHS Trust (1 visit)',
  ])
    await expect(page.getByRole('heading', { name: provider })).toBeVisible();
  await expect(page.getByText('Discuss before discharge').first()).toBeVisible();
  await expectAccessible(page, 'the frequent-attender listing');
});
