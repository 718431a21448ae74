import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../keyboard.ts';
import { answerAll } from './forms.ts';

export const USERS = {
  miu: { username: 'sam.carter', password: 'demo-miu-clinician' },
  wic: { username: 'jordan.ellis', password: 'demo-wic-clinician' },
  lead: { username: 'lee.morgan', password: 'demo-safeguarding-lead' },
  admin: { username: 'casey.admin', password: 'demo-administrator' },
} as const;

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Sign in through the sign-in page (axe on it first). */
export async function signIn(page: Page, who: keyof typeof USERS): Promise<void> {
  // The NHS font comes from assets.nhs.uk; there is no network here, so do not wait for it.
  await page.route('https://assets.nhs.uk/**', (route) => route.abort());
  await page.goto('/');
  await expect(heading(page)).toHaveText('Sign in');
  await expectAccessible(page, 'the sign-in page');
  await page.getByLabel('Username').fill(USERS[who].username);
  await page.getByLabel('Password').fill(USERS[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Open a patient's attendance from today's board. */
export async function openFromBoard(page: Page, name: string): Promise<void> {
  await expect(heading(page)).toContainText('Attendance board');
  await page.getByRole('link', { name, exact: true }).first().click();
  await expect(heading(page)).toContainText('Safeguarding forms for this attendance');
  await expect(page.getByRole('region', { name: 'Patient' })).toContainText(name);
}

/** Wait until the latest answers have reached the server. */
export async function savedToServer(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved to the server at/ })).toBeVisible();
}

/** Sign off a form on its outcome page; the attendance page comes back. */
export async function signOffForm(page: Page, name: string, role: string): Promise<void> {
  await answerAll(page, [
    ['Your full name', name],
    ['Your role', role],
  ]);
  await page.getByRole('button', { name: 'Sign off', exact: true }).click();
  await expect(heading(page)).toContainText('Safeguarding forms for this attendance');
}
