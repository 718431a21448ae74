import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { answerAll, continueTo } from './forms.ts';
import { heading, openFromBoard, savedToServer, signIn } from './shell.ts';

const PHASE_2 = 'Phase 2 of 7: Who is with the child, and record checks';
const ANSWERS = [
  ['Who came with the child?', 'Parent'],
  ['Their name and relationship to the child', 'Sarah Carver, mother'],
  [
    'Who holds parental responsibility? (Names; the local authority too under a care order)',
    'Sarah and Mark Carver',
  ],
] as const;

test('a reload in the middle of a form loses nothing, and the draft resumes in another browser', async ({
  page,
  browser,
}) => {
  await signIn(page, 'miu');
  await openFromBoard(page, 'Mia Carver');
  await page.getByRole('link', { name: 'Start: Paediatric safeguarding triage' }).click();
  await expect(heading(page)).toHaveText('Phase 1 of 7: Safety now');
  await answerAll(page, [
    ['Is any child in immediate danger now?', 'No'],
    ['Has the child left, or been taken away, before assessment or treatment ended?', 'No'],
  ]);
  await continueTo(page, PHASE_2);
  await answerAll(page, ANSWERS);
  await savedToServer(page);

  await page.reload();
  await expect(heading(page)).toHaveText(PHASE_2);
  await expect(page.getByRole('radio', { name: 'Parent', exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: ANSWERS[1][0] })).toHaveValue(ANSWERS[1][1]);
  await expect(page.getByRole('textbox', { name: ANSWERS[2][0] })).toHaveValue(ANSWERS[2][1]);
  await expectAccessible(page, 'the form after a reload');

  // Another browser (no shared storage): the draft comes from the server.
  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, 'miu');
  await openFromBoard(second, 'Mia Carver');
  await expect(
    second.getByRole('listitem').filter({ hasText: 'Paediatric safeguarding triage' }),
  ).toContainText('In progress');
  await second.getByRole('link', { name: 'Continue: Paediatric safeguarding triage' }).click();
  await expect(heading(second)).toHaveText(PHASE_2);
  await expect(second.getByRole('textbox', { name: ANSWERS[1][0] })).toHaveValue(ANSWERS[1][1]);
  await other.close();
});
