import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Press Tab (then, if need be, Shift+Tab) until focus is on or inside an element, as a keyboard user would. */
async function tabUntil(page: Page, target: Locator, inside: boolean, limit = 80): Promise<void> {
  const there = () =>
    target.evaluate(
      (el, within) => (within ? el.contains(document.activeElement) : el === document.activeElement),
      inside,
    );
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < limit; i++) {
      if (await there()) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`Could not reach ${target} by keyboard`);
}

export const tabTo = (page: Page, target: Locator) => tabUntil(page, target, false);

const group = (page: Page, question: string) => page.getByRole('group', { name: question, exact: true });

/** Choose a radio option by keyboard: Tab into the group, then Space or the arrow keys. */
export async function choose(page: Page, question: string, option: string): Promise<void> {
  const radios = group(page, question).getByRole('radio');
  const target = group(page, question).getByRole('radio', { name: option, exact: true });
  await tabUntil(page, group(page, question), true);
  const labels = await radios.evaluateAll((els) =>
    els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
  );
  const wanted = labels.indexOf(option);
  const current = await radios.evaluateAll((els) => els.findIndex((el) => el === document.activeElement));
  if (current === wanted) {
    await page.keyboard.press('Space');
  } else {
    // The shorter way round: arrows move and select as they go.
    const down = (wanted - current + labels.length) % labels.length;
    const up = labels.length - down;
    for (let i = 0; i < Math.min(down, up); i++)
      await page.keyboard.press(down <= up ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(target).toBeChecked();
}

/** Tick a checkbox by keyboard. */
export async function tick(page: Page, question: string, option: string): Promise<void> {
  const box = group(page, question).getByRole('checkbox', { name: option, exact: true });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** Type into a text box reached by Tab. */
export async function fill(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await tabTo(page, box);
  await page.keyboard.type(text);
  await expect(box).toHaveValue(text);
}

/** Press a button (Tab to it, then Enter). */
export async function press(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** No WCAG 2.2 AA violation on the page as it stands. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations, `axe on ${where}`).toEqual([]);
}
