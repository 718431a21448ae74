import { expect, test, type Page } from '@playwright/test';
import { choose, expectAccessible, fill, press, tabTo, tick } from '../keyboard.ts';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.beforeEach(async ({ page }) => {
  // The NHS font comes from assets.nhs.uk; there is no network here, so do not wait for it.
  await page.route('https://assets.nhs.uk/**', (route) => route.abort());
  await page.goto('/demo.html');
  await expect(heading(page)).toHaveText('Start a safeguarding form');
  await expectAccessible(page, 'the start page');
});

/** Pick a synthetic child and the triage on the start page, by keyboard. */
async function startTriage(page: Page, child: RegExp) {
  const option = page.getByRole('radio', { name: child });
  const label = await option.evaluate(
    (el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
  );
  await choose(page, 'Who has arrived?', label);
  await choose(page, 'What do you want to complete?', 'Paediatric safeguarding triage');
  await press(page, 'Start');
  await expect(heading(page)).toHaveText('Phase 1 of 7: Safety now');
  await expectAccessible(page, 'Phase 1 of 7');
}

/** Continue to the next page, check where we are, and check it with axe. */
async function next(page: Page, expected: string) {
  await press(page, 'Continue');
  await expect(heading(page)).toHaveText(expected);
  await expect(heading(page)).toBeFocused();
  await expectAccessible(page, expected);
}

test('a 7-year-old with a cut: the whole triage by keyboard alone, to sign-off', async ({ page }) => {
  await startTriage(page, /^Jayden Okafor, 7 years/);

  // A failed Continue: the error summary takes focus and links to the question.
  await press(page, 'Continue');
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  const link = page.getByRole('alert').getByRole('link', { name: /immediate danger now \(B14\)/ });
  await expectAccessible(page, 'Phase 1 with an error');
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('group', { name: 'Is any child in immediate danger now?' }).getByRole('radio').first(),
  ).toBeFocused();
  await choose(page, 'Is any child in immediate danger now?', 'No');
  await expect(
    page.getByRole('group', { name: 'Is any child in immediate danger now?' }),
  ).not.toHaveAccessibleDescription(/Error/);

  await next(page, 'Phase 2 of 7: Who is with the child, and record checks');
  await choose(page, 'Who came with the child?', 'Parent');
  await fill(page, 'Their name and relationship to the child', 'Grace Okafor, mother');
  await choose(page, 'Did they refuse to give their name or relationship?', 'No');
  await choose(page, 'Do they hold parental responsibility (PR)?', 'Yes');
  await choose(page, 'Is the adult with the child sober and able to look after them now?', 'Yes');
  await fill(
    page,
    'Who holds parental responsibility? (Names; the local authority too under a care order)',
    'Grace and Daniel Okafor',
  );
  await choose(page, 'Is the child registered with a GP?', 'Yes');
  await fill(page, 'GP practice', 'Riverside Surgery');
  await choose(
    page,
    'What does CP-IS (the national child protection information system) show?',
    'Nothing recorded',
  );
  await choose(page, 'Is there a known child-in-need plan or an allocated social worker?', 'No');
  await fill(
    page,
    'Not counting today, how many unplanned urgent or emergency visits in the past year, anywhere?',
    '0',
  );
  await choose(page, 'Does the child have a disability, or difficulty communicating or understanding?', 'No');
  await expectAccessible(page, 'Phase 2 answered');

  await next(page, 'Phase 3 of 7: Why the child came, and any injury');
  await fill(page, 'Why has the child come today?', 'Cut knee after falling off his scooter');
  await choose(page, 'Is there any injury, bruise or mark, whether or not it is why they came?', 'Yes');
  await choose(page, 'Did someone hurt the child on purpose?', 'No');
  await choose(page, 'Was there a delay in seeking care that has not been adequately explained?', 'No');
  await fill(page, 'The explanation given', 'Fell off his scooter in the park an hour ago');
  await fill(page, 'Who gave the explanation?', 'Jayden and his mother');
  await choose(page, 'Is the explanation suitable?', 'Suitable');
  await choose(
    page,
    'Does the child move about independently (crawls, cruises, bottom-shuffles or walks)?',
    'Yes',
  );
  await tick(page, 'What kinds of injury or mark?', 'Cut (laceration), including an accidental knife cut');
  await tick(page, 'Which of these patterns are present? (Tick none if none)', 'None of these');
  await choose(page, 'Is the child intoxicated with alcohol or drugs?', 'No');
  await choose(
    page,
    'From your assessment: is there a sexual-health need (emergency contraception, contraception, pregnancy, STI), genital or anal symptoms, or a sexual assault?',
    'No',
  );
  await choose(
    page,
    'Has the child, or anyone else, said (here or elsewhere) that the child was maltreated or abused by a parent, carer, other adult or person in a position of trust, sexually abused by anyone, or sexually exploited?',
    'No',
  );
  await choose(
    page,
    'Has the child swallowed or breathed in alcohol, drugs, medicine or a household product that they did not take by their own choice, by accident or given by someone?',
    'No',
  );
  await expectAccessible(page, 'Phase 3 answered');

  await next(page, 'Phase 4 of 7: The child');
  await tick(page, 'How does the child seem?', 'Settled');
  await choose(page, 'Could the child give an account in their own words?', 'Yes');
  await fill(page, 'The child’s account, in their own words', 'I went too fast and fell off');
  await choose(page, 'How do the carer and the child interact?', 'Appropriately');
  await choose(
    page,
    'Are there signs of neglect (for example poor hygiene, unsuitable clothing, faltering growth, conditions left untreated, tooth decay)?',
    'No',
  );

  await next(page, 'Phase 5 of 7: Family and home');
  await choose(page, 'Is there domestic abuse at home, known or suspected?', 'No');
  await choose(page, 'Is a parent or carer misusing alcohol or drugs?', 'No');
  await choose(page, 'Does a parent or carer have mental ill-health?', 'No');
  await choose(page, 'Is the child a young carer?', 'No');
  await choose(
    page,
    'Has the child gone missing from home or care, or stayed out overnight without permission?',
    'No',
  );
  await choose(
    page,
    'Is the child of school age and not on a school roll or known to be home-educated?',
    'No',
  );

  await next(page, 'Phase 6 of 7: Other forms for this visit');
  await expect(page.getByText(/this attendance needs these other forms/)).toBeVisible();

  await next(page, 'Phase 7 of 7: Sharing information and decisions');
  await choose(page, 'Was the information-sharing policy explained to the parent or young person?', 'Yes');

  await next(page, 'Check your answers');
  const row = page.locator('.nhsuk-summary-list__row', {
    has: page.getByText('Who came with the child?', { exact: true }),
  });
  await expect(row).toContainText('Parent');
  await press(page, 'Confirm and see the outcome');
  await expect(heading(page)).toHaveText('Paediatric safeguarding triage: Outcome');
  await expect(heading(page)).toBeFocused();
  await expectAccessible(page, 'the outcome');

  await expect(page.locator('.app-level-no-concern .nhsuk-tag--green')).toHaveText('No concern found');
  const actions = page.locator('.nhsuk-task-list');
  await expect(actions).toContainText('Send the routine attendance summary with the discharge letter.');
  await expect(actions).toContainText('When: with the discharge summary');
  await expect(page.locator('.app-reasons')).toContainText('(P-R8)');

  await fill(page, 'Your full name', 'Alex Morgan');
  await fill(page, 'Your role', 'Emergency nurse practitioner');
  await press(page, 'Sign off');
  await expect(page.getByRole('heading', { name: 'Signed off' })).toBeVisible();
  await expect(page.locator('.nhsuk-panel')).toContainText('Alex Morgan, Emergency nurse practitioner');
  await expectAccessible(page, 'the signed-off outcome');
});

test('the emergency card appears as soon as B14 is answered yes, before Continue', async ({ page }) => {
  await startTriage(page, /^Amira Hassan, 15 years/);
  const danger = page.getByRole('group', { name: 'Is any child in immediate danger now?' });
  await tabTo(page, danger.getByRole('radio', { name: 'Yes' }));
  await page.keyboard.press('Space');
  const card = page.getByRole('region', { name: 'Immediate action required: Call 999 now' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { level: 1, name: /Call 999 now/ })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expectAccessible(page, 'the emergency card');
  await press(page, 'I have called 999');
  await expect(heading(page)).toHaveText('Phase 1 of 7: Safety now');
  await expect(danger.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(page.getByRole('status', { name: 'Safeguarding level' })).toContainText('Emergency: call 999');
  await expectAccessible(page, 'Phase 1 after the emergency');
});

test('a reload in the middle of the form resumes at the same phase with the answers', async ({ page }) => {
  await startTriage(page, /^Lily Carter, 4 months/);
  await choose(page, 'Is any child in immediate danger now?', 'No');
  await next(page, 'Phase 2 of 7: Who is with the child, and record checks');
  await choose(page, 'Who came with the child?', 'Parent');
  await fill(page, 'Their name and relationship to the child', 'Sophie Carter, mother');
  await expect(page.getByText(/^Saved \d\d:\d\d$/)).toBeVisible();

  await page.reload();
  await expect(heading(page)).toHaveText('Phase 2 of 7: Who is with the child, and record checks');
  await expect(page.getByRole('radio', { name: 'Parent', exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Their name and relationship to the child' })).toHaveValue(
    'Sophie Carter, mother',
  );
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText('Lily Carter');
  await expectAccessible(page, 'Phase 2 after a reload');

  await press(page, 'Back');
  await expect(heading(page)).toHaveText('Phase 1 of 7: Safety now');
  await expect(
    page
      .getByRole('group', { name: 'Is any child in immediate danger now?' })
      .getByRole('radio', { name: 'No' }),
  ).toBeChecked();

  // Start again clears the draft.
  await press(page, 'Start again');
  await expect(heading(page)).toHaveText('Start a safeguarding form');
  await page.reload();
  await expect(heading(page)).toHaveText('Start a safeguarding form');
});
