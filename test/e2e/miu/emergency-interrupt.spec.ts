import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { answer, answerAll, continueTo } from './forms.ts';
import { heading, openFromBoard, signIn } from './shell.ts';

test('an adult after an overdose whose children are at home alone: the emergency interrupt takes over at once', async ({
  page,
}) => {
  await signIn(page, 'miu');
  await openFromBoard(page, 'Daniel Roberts');
  await expect(
    page.getByText('Required: an adult attending after self-harm', { exact: false }),
  ).toBeVisible();
  await page.getByRole('link', { name: /^Start: Adult hidden harm/ }).click();
  await expect(heading(page)).toHaveText('Phase 1 of 6: Why the patient is here');
  // Prefilled from the reasons recorded at arrival, for the clinician to check.
  await expect(page.getByRole('checkbox', { name: 'Self-harm or self-poisoning' })).toBeChecked();
  await expectAccessible(page, 'hidden harm, phase 1');

  await continueTo(page, 'Phase 2 of 6: Children, pregnancy and other dependants');
  await answer(
    page,
    "Does any child under 18 live with the patient, or does the patient look after any child (their own, a stepchild, a partner's or a relative's), including a child in their care today?",
    'Yes',
  );
  await page.getByRole('button', { name: 'Add an entry' }).first().click();
  await answer(page, "Child's name", 'Lily Roberts');
  // Six years old: a child that young cannot safely be left alone (A-R2).
  const dob = page.getByRole('group', { name: 'Date of birth' });
  await dob.getByRole('textbox', { name: 'Day' }).fill('14');
  await dob.getByRole('textbox', { name: 'Month' }).fill('3');
  await dob.getByRole('textbox', { name: 'Year' }).fill(String(new Date().getUTCFullYear() - 6));
  await answerAll(page, [
    ['Sex', 'Female'],
    ['Does the child live with the patient?', 'Yes'],
    ['Where is the child now?', "The patient's home"],
  ]);
  await expectAccessible(page, 'hidden harm, a child entered');
  // Clicked, not checked: the page is replaced by the emergency card the moment the answer is given.
  await page
    .getByRole('group', { name: 'Who is looking after the child now?', exact: true })
    .getByRole('radio', { name: 'Nobody: no adult is with the child', exact: true })
    .click();

  // No Continue: the emergency card is the page, and takes focus.
  const card = heading(page);
  await expect(card).toHaveText('Immediate action required: Call 999 now');
  await expect(card).toBeFocused();
  await expect(page.getByRole('region', { name: /Call 999 now/ })).toContainText('I have called 999');
  await expectAccessible(page, 'the emergency card');
  await page.getByRole('button', { name: 'I have called 999' }).click();
  await expect(heading(page)).toHaveText('Phase 2 of 6: Children, pregnancy and other dependants');
  await expect(page.getByText('Emergency', { exact: false }).first()).toBeVisible();
});
