import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { heading, openFromBoard, signIn } from './shell.ts';

test('a 15-year-old asking the walk-in centre for emergency contraception: the CSE screen is required', async ({
  page,
}) => {
  await signIn(page, 'wic');
  await expect(heading(page)).toContainText('Exampleton Walk-in Centre');
  await openFromBoard(page, 'Amelia Rowe');
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText('15 years at arrival');
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText('Came alone');
  const cse = page
    .getByRole('listitem')
    .filter({ hasText: 'Child sexual exploitation (CSE) traffic-light screen' });
  await expect(cse).toContainText('Required: a sexual-health or sexual-assault attendance under 18.');
  await expect(cse).toContainText('Not started');
  await expectAccessible(page, 'the attendance page');
  await cse.getByRole('link').click();
  await expect(heading(page)).toContainText('Phase 1 of');
  await expectAccessible(page, 'the CSE screen, first page');
});
