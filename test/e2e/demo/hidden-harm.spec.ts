import { expect, test, type Page } from '@playwright/test';
import { choose, expectAccessible, fill, press } from '../keyboard.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Continue to the next page, check where we are, and check it with axe. */
async function next(page: Page, expected: string) {
  await press(page, 'Continue');
  await expect(heading(page)).toHaveText(expected);
  await expect(heading(page)).toBeFocused();
  await expectAccessible(page, expected);
}

test.beforeEach(async ({ page }) => {
  // The NHS font comes from assets.nhs.uk; there is no network here, so do not wait for it.
  await page.route('https://assets.nhs.uk/**', (route) => route.abort());
});

test('an adult brought in drunk: the hidden harm form by keyboard alone, to its outcome', async ({
  page,
}) => {
  await page.goto('/demo.html');
  await expect(heading(page)).toHaveText('Start a safeguarding form');
  await expectAccessible(page, 'the start page');

  // Asking for a form that does not take this patient says why, in core's words.
  const daniel = page.getByRole('radio', { name: /^Daniel Price, 34 years/ });
  const label = await daniel.evaluate(
    (el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
  );
  await choose(page, 'Who has arrived?', label);
  await choose(page, 'What do you want to complete?', 'Paediatric safeguarding triage');
  await press(page, 'Start');
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('under 18');
  await expectAccessible(page, 'the start page with an error');

  await choose(
    page,
    'What do you want to complete?',
    'Adult hidden harm and Think Family, with the DASH risk checklist',
  );
  await press(page, 'Start');
  await expect(heading(page)).toHaveText('Phase 1 of 6: Why the patient is here');
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText('Daniel Price');
  // Prefilled from the attendance's reason, for the clinician to confirm.
  await expect(page.getByRole('checkbox', { name: 'Drunk or high on drugs' })).toBeChecked();
  await expectAccessible(page, 'Phase 1 of 6');

  await next(page, 'Phase 2 of 6: Children, pregnancy and other dependants');
  await choose(
    page,
    "Does any child under 18 live with the patient, or does the patient look after any child (their own, a stepchild, a partner's or a relative's), including a child in their care today?",
    'No',
  );
  await choose(
    page,
    'Does the patient have other children under 18, not entered above, who live elsewhere (for example with the other parent)?',
    'No',
  );
  await choose(page, "Is the patient, or the patient's partner, pregnant?", 'No');
  await choose(page, 'Does an adult with care needs depend on the patient?', 'No');
  await expectAccessible(page, 'Phase 2 answered');

  await next(page, 'Phase 3 of 6: Is anyone in danger now?');
  await choose(
    page,
    'Has the patient spoken of any wish, plan or thought of harming a child (any child, not only their own)?',
    'No',
  );

  await next(page, 'Phase 4 of 6: The household');
  await choose(page, 'Does anyone in the household, the patient included, misuse alcohol or drugs?', 'Yes');
  await choose(
    page,
    'Does anyone in the household, the patient included, have mental ill-health or self-harm?',
    'No',
  );

  await next(page, 'Phase 5 of 6: Domestic abuse (asked only in private)');
  await choose(
    page,
    'Are you alone with the patient, so that abuse can be asked about safely? (No partner, relative, friend or child present or able to hear; an interpreter only if professional, never family.)',
    'Yes',
  );
  await choose(
    page,
    'Is there domestic abuse in the household (the patient as victim or perpetrator, or between other adults)?',
    'No',
  );
  await choose(page, 'Has the patient told you about domestic abuse?', 'No');
  await expectAccessible(page, 'Phase 5 answered');

  await next(page, 'Phase 6 of 6: Sharing information');
  await choose(page, 'Did you explain to the patient how information will be shared?', 'Yes');

  await next(page, 'Check your answers');
  await press(page, 'Confirm and see the outcome');
  await expect(heading(page)).toHaveText(
    'Adult hidden harm and Think Family, with the DASH risk checklist: Outcome',
  );
  await expect(heading(page)).toBeFocused();
  await expect(page.locator('.app-level-no-concern .nhsuk-tag--green')).toHaveText('No concern found');
  const detail = page.getByRole('region', { name: 'Domestic abuse: DASH and MARAC' });
  await expect(detail).toContainText('Not done');
  await expect(detail).toContainText('alcohol or drug misuse');
  await expect(page.locator('.app-reasons')).toContainText('(A-R1)');
  await expectAccessible(page, 'the outcome');

  await fill(page, 'Your full name', 'Alex Morgan');
  await fill(page, 'Your role', 'Emergency nurse practitioner');
  await press(page, 'Sign off');
  await expect(page.getByRole('heading', { name: 'Signed off' })).toBeVisible();
  await expectAccessible(page, 'the signed-off outcome');
});
