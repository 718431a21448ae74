import { expect, test, type Locator, type Page } from '@playwright/test';

/** The focused element, looking through shadow roots (document.activeElement is only the host). */
const deepFocused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}#${active.id}` : '';
  });

const describeTarget = (target: Locator) => target.evaluate((el) => `${el.tagName.toLowerCase()}#${el.id}`);

/** Press Tab until the element is focused, across the shadow boundary, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  const wanted = await describeTarget(target);
  for (let i = 0; i < limit; i++) {
    if ((await deepFocused(page)) === wanted) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${wanted} by Tab`);
}

test('the form in the custom element is used by keyboard alone, from the EPR page', async ({ page }) => {
  await page.goto('/');
  const form = page.locator('safeguarding-proforma');
  await expect(form.getByRole('heading', { level: 1 })).toContainText('Screen');
  // Start from the EPR's own controls, then into the element's shadow root.
  await page.locator('#epr-save').focus();
  const flagged = form.getByRole('group', { name: /^Does the national FGM-IS record/ });
  await tabTo(page, flagged.getByRole('radio', { name: 'Yes', exact: true }));
  await page.keyboard.press('Space');
  await expect(flagged.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  const community = form.getByRole('group', { name: /^Is she, her partner or her family from a community/ });
  await tabTo(page, community.getByRole('radio', { name: 'Yes', exact: true }));
  await page.keyboard.press('ArrowDown'); // arrows move and select within the group
  await expect(community.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await tabTo(page, form.getByRole('button', { name: 'Continue', exact: true }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('heading', { level: 1 })).toContainText('Has FGM happened');
  // Focus moved to the new page's heading, inside the element.
  expect(await deepFocused(page)).toMatch(/^h1#/);
});
