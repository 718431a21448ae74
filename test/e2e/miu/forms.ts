import { expect, type Page } from '@playwright/test';

/** Answer one question of a form by its wording: a radio or checkbox option, or text typed into the box. */
export async function answer(page: Page, question: string, value: string): Promise<void> {
  const group = page.getByRole('group', { name: question, exact: true });
  if ((await group.count()) > 0) {
    const radio = group.getByRole('radio', { name: value, exact: true });
    if ((await radio.count()) > 0) {
      await radio.check();
      return;
    }
    const box = group.getByRole('checkbox', { name: value, exact: true });
    await box.check();
    await expect(box).toBeChecked();
    return;
  }
  const textbox = page.getByRole('textbox', { name: question, exact: true });
  const field = (await textbox.count()) > 0 ? textbox : page.getByLabel(question, { exact: true });
  await field.fill(value);
  await expect(field).toHaveValue(value);
}

/** Answer several questions in order (a list, since one question may take several ticks). */
export async function answerAll(page: Page, answers: readonly (readonly [string, string])[]): Promise<void> {
  for (const [question, value] of answers) await answer(page, question, value);
}

/** Continue to the next page of a form and check where it lands. */
export async function continueTo(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}
