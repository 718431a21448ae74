import { expect, type FrameLocator, type Locator } from '@playwright/test';

/** Where the form is: the custom element (its open shadow root) or the iframe. Locators pierce both. */
export type FormScope = Locator | FrameLocator;

const group = (scope: FormScope, question: RegExp) => scope.getByRole('group', { name: question });

async function choose(scope: FormScope, question: RegExp, option: string) {
  const radio = group(scope, question).getByRole('radio', { name: option, exact: true });
  await radio.click();
  await expect(radio).toBeChecked();
}

async function tick(scope: FormScope, question: RegExp, option: string) {
  const box = group(scope, question).getByRole('checkbox', { name: option, exact: true });
  await box.click();
  await expect(box).toBeChecked();
}

async function next(scope: FormScope, heading: string) {
  await scope.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(scope.getByRole('heading', { level: 1 })).toContainText(heading);
}

export const CLINICIAN = { name: 'Sam Synthetic', role: 'Emergency nurse practitioner' };

/**
 * The FGM form for a 6–17-year-old girl, by clicking as a clinician would: already flagged on
 * FGM-IS, her mother has had FGM, nothing else (the spec's NOTIFY example), then signed off.
 */
export async function completeFgmForGirl(scope: FormScope): Promise<void> {
  await expect(scope.getByRole('heading', { level: 1 })).toContainText('Screen');
  await choose(scope, /^Does the national FGM-IS record/, 'Yes');
  await choose(scope, /^Is she, her partner or her family from a community/, 'No');
  await next(scope, 'Has FGM happened');
  await choose(scope, /^Has she herself told you/, 'No');
  await choose(scope, /^During care she already needed/, 'No');
  await choose(scope, /^Has someone other than the girl told you/, 'No');
  await next(scope, 'Family');
  await choose(scope, /^Are there other girls under 18 in the family/, 'No');
  await next(scope, 'Risk to girls');
  await tick(scope, /^Part 2, significant/, 'None of these');
  await tick(scope, /^Part 2, other/, 'Her mother has had FGM');
  // Asked once Part 2 is live: travel and imminence.
  for (const question of [/travel|procedure/i, /cutter|imminent|very soon/i]) {
    const asked = group(scope, question);
    if ((await asked.count()) === 1) await choose(scope, question, 'No');
  }
  await next(scope, 'Check your answers');
  await scope.getByRole('button', { name: 'Confirm and see the outcome' }).click();
  await expect(scope.getByRole('heading', { level: 1 })).toContainText('Outcome');
  await scope.getByRole('textbox', { name: 'Your full name' }).fill(CLINICIAN.name);
  await scope.getByRole('textbox', { name: 'Your role' }).fill(CLINICIAN.role);
  await scope.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(scope.getByRole('heading', { name: 'Signed off' })).toBeVisible();
}

/** The linkIds and answers a completed response holds, flattened: { F0: [true], F7b: ['mother-had-fgm'] }. */
export function answersByLinkId(qr: { item?: { linkId: string; answer?: Record<string, unknown>[] }[] }) {
  return Object.fromEntries(
    (qr.item ?? []).map((item) => [
      item.linkId,
      (item.answer ?? []).map(
        (a) => a['valueBoolean'] ?? (a['valueCoding'] as { code?: string } | undefined)?.code,
      ),
    ]),
  );
}
