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
  const history = page.getByRole('region', { name: /Earlier attendances by site \(3\)/ });
  await expect(history).toContainText('Frequent-attender level: FA3');
  for (const site of [
    /Exampleton Community Health NHS Trust \(ZZC01\): 1 visit/,
    /\(ZZU01\): 1 visit/,
    /\(ZZG01\): 1 visit/,
  ])
    await expect(history.getByRole('heading', { name: site })).toBeVisible();
  await expect(page.getByText('Discuss before discharge').first()).toBeVisible();
  await expectAccessible(page, 'the frequent-attender listing');
});
