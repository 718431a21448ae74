import { expect, test } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { CARER_LEAVING, BABY_TRIAGE } from './answers.ts';
import { answer, answerAll, continueTo } from './forms.ts';
import { heading, savedToServer, signIn, signOffForm } from './shell.ts';

/** A date of birth that makes her 4 months old today (with a few days to spare). */
const fourMonthsAgo = (): Date => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - 5);
  d.setUTCMonth(d.getUTCMonth() - 4);
  return d;
};

test('a 4-month-old with a bruise: registered, triaged, REFER, and a MASH referral that names the risk in plain words', async ({
  page,
}) => {
  // Two forms, nine pages each checked with axe, on a shared two-core machine.
  test.setTimeout(480_000);
  await signIn(page, 'miu');
  await expect(heading(page)).toContainText('Attendance board');
  await expectAccessible(page, 'the attendance board');

  // Register: a baby not registered yet. The search finds nobody, so she is added (NHS number from the 999 test range).
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Register an attendance' })
    .click();
  await expect(heading(page)).toContainText('Find the patient');
  await expectAccessible(page, 'find the patient');
  await page.getByRole('textbox', { name: 'NHS number', exact: true }).fill('999 004 0001');
  await page.getByRole('button', { name: 'Find patient' }).click();
  await expect(page.getByText('No patient found')).toBeVisible();
  await expectAccessible(page, 'nobody found');
  await page.getByRole('button', { name: 'Add a new patient' }).click();
  await expect(heading(page)).toContainText('Add a patient');
  await answerAll(page, [
    ['Given name', 'Evie'],
    ['Family name', 'Marsh'],
    ['Sex', 'Female'],
    ['NHS number (if known)', '9990040001'],
  ]);
  const born = fourMonthsAgo();
  const dob = page.getByRole('group', { name: 'Date of birth' });
  await dob.getByRole('textbox', { name: 'Day' }).fill(String(born.getUTCDate()));
  await dob.getByRole('textbox', { name: 'Month' }).fill(String(born.getUTCMonth() + 1));
  await dob.getByRole('textbox', { name: 'Year' }).fill(String(born.getUTCFullYear()));
  await expectAccessible(page, 'add a patient');
  await page.getByRole('button', { name: 'Add patient' }).click();
  await expect(heading(page)).toContainText('About this attendance');
  await answerAll(page, [
    ['Why have they come today? (presenting complaint)', 'Bruise on left cheek noticed at nursery pick-up'],
    ['Reasons for the attendance', 'Injury'],
    ['Did anyone come with them?', 'Yes'],
    ['Their name', 'Jo Marsh'],
    ['Their relationship to the patient', 'mother'],
  ]);
  await expectAccessible(page, 'about this attendance');
  await page.getByRole('button', { name: 'Register the attendance' }).click();

  // The attendance page: the triage and the frequent-attender check are required.
  await expect(heading(page)).toContainText('Safeguarding forms for this attendance');
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText('Jo Marsh (mother)');
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText('CP-IS (simulated)');
  await expect(
    page.getByText('Required: every attendance under 18.', { exact: false }).first(),
  ).toBeVisible();
  await expectAccessible(page, 'the attendance page');
  await page.getByRole('link', { name: 'Start: Paediatric safeguarding triage' }).click();

  for (const [index, step] of BABY_TRIAGE.entries()) {
    if (index > 0) await continueTo(page, step.page);
    else await expect(heading(page)).toHaveText(step.page);
    await answerAll(page, step.answers);
    if (index === 2) {
      // The level rises the moment the bruise is recorded, and B14.1 is asked on this page.
      await expect(page.getByText('Refer now').first()).toBeVisible();
      await answer(page, ...CARER_LEAVING);
    }
    await expectAccessible(page, step.page);
  }
  await continueTo(page, 'Check your answers');
  await expect(heading(page)).toHaveText('Check your answers');
  await expectAccessible(page, 'check your answers');
  await page.getByRole('button', { name: 'Confirm and see the outcome' }).click();
  await expect(heading(page)).toHaveText('Paediatric safeguarding triage: Outcome');
  await expectAccessible(page, 'the triage outcome');
  await savedToServer(page);
  await signOffForm(page, 'Sam Carter', 'Emergency nurse practitioner');

  // In turn: the frequent-attender check (no earlier visits: FA0).
  await page.getByRole('link', { name: 'Start: Frequent-attender check' }).click();
  await expect(heading(page)).toHaveText('Phase 3 of 5: Listing');
  await expect(page.getByText('No earlier visits are recorded.')).toBeVisible();
  await expectAccessible(page, 'the frequent-attender listing');
  await continueTo(page, 'Check your answers');
  await page.getByRole('button', { name: 'Confirm and see the outcome' }).click();
  await expect(heading(page)).toHaveText('Frequent-attender check: Outcome');
  await signOffForm(page, 'Sam Carter', 'Emergency nurse practitioner');

  // The encounter outcome: REFER, its actions with deadlines, the reasons, and the MASH referral draft.
  await page.getByRole('link', { name: 'Go to the encounter outcome' }).click();
  await expect(heading(page)).toContainText('Encounter outcome');
  await expectAccessible(page, 'the outcome before signing');
  await page.getByRole('button', { name: 'Sign the encounter outcome' }).click();
  const outcome = page.getByRole('region', { name: /Outcome \(version 1\)/ });
  await expect(outcome).toContainText('Refer now');
  await expect(outcome).toContainText('Phone now');
  await expect(outcome).toContainText('cannot yet move about on their own has a bruise');
  const mash = page.getByRole('region', { name: /MASH|children’s social care/i }).first();
  await expect(mash).toBeVisible();
  await expect(mash).toContainText('MASH referral');
  const text = await mash.getByRole('textbox').inputValue();
  expect(text).toMatch(/bruise/i);
  expect(text).toMatch(/4 months|4-month/);
  expect(text).toMatch(/cannot yet move about|not mobile|not yet mobile/i);
  await expectAccessible(page, 'the outcome with its documents');

  // The draft is editable, and is then marked sent with a reference.
  const box = mash.getByRole('textbox');
  await box.fill(text.replaceAll('[Not recorded: add this before sending]', '01632 960000'));
  await mash.getByRole('button', { name: 'Save changes to the text' }).click();
  await expect(mash.getByRole('button', { name: 'Save changes to the text' })).toBeDisabled();
  await mash.getByRole('radio', { name: 'Sent', exact: true }).check();
  await mash.getByLabel('Reference').fill('MASH-2026-0412');
  await mash.getByRole('button', { name: 'Record it' }).click();
  await expect(mash).toContainText('Sent, reference MASH-2026-0412');
  await expectAccessible(page, 'the referral marked sent');
});
