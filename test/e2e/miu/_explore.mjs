import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.route('https://assets.nhs.uk/**', (r) => r.abort());
const [user, pass, who, form] = process.argv.slice(2);
await page.goto('http://127.0.0.1:4174/');
await page.getByLabel('Username').fill(user);
await page.getByLabel('Password').fill(pass);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('link', { name: who }).first().click();
await page.waitForTimeout(1000);
await page.getByRole('link', { name: form, exact: true }).click();
await page.waitForTimeout(1500);
const answers = JSON.parse(process.env.ANSWERS ?? '[]');
async function answer(question, value) {
  const group = page.getByRole('group', { name: question, exact: true });
  if ((await group.count()) > 0) {
    const radio = group.getByRole('radio', { name: value, exact: true });
    if ((await radio.count()) > 0) return radio.check({ timeout: 3000 });
    return group.getByRole('checkbox', { name: value, exact: true }).check({ timeout: 3000 });
  }
  await page.getByLabel(question, { exact: true }).fill(value, { timeout: 3000 });
}
for (let i = 0; i < 12; i++) {
  const h = (await page.locator('h1').first().innerText()).replace(/\n/g, ' ');
  console.log('=====', h);
  let did = true;
  while (did) {
    did = false;
    for (const [q, v] of answers) {
      const key = q + '=' + v;
      if (answer.done?.has(key)) continue;
      const visible =
        (await page.getByRole('group', { name: q, exact: true }).count()) +
        (await page.getByLabel(q, { exact: true }).count());
      if (visible > 0) {
        try {
          await answer(q, v);
          (answer.done ??= new Set()).add(key);
          did = true;
        } catch (e) {
          console.log('FAIL', q, v, e.message.split('\n')[0]);
          (answer.done ??= new Set()).add(key);
        }
      }
    }
  }
  if (process.env.FULL)
    console.log((await page.locator('.nhsuk-grid-column-two-thirds').first().innerText()).slice(0, 4000));
  else console.log(await page.locator('.nhsuk-error-summary').allInnerTexts());
  if (h.startsWith('Check your answers') && process.env.CHANGE) {
    const [q, v] = JSON.parse(process.env.CHANGE);
    const row = page.locator('.nhsuk-summary-list__row', { has: page.getByText(q, { exact: true }) });
    if (await row.count()) {
      await row
        .getByRole('link', { name: /Change/ })
        .first()
        .click();
      await page.waitForTimeout(500);
      await answer(q, v);
      await page.getByRole('button', { name: 'Save and return to check your answers' }).click();
      await page.waitForTimeout(500);
      delete process.env.CHANGE;
    }
  }
  const cont = page.getByRole('button', { name: /^(Continue|Confirm and see the outcome)$/ });
  if ((await cont.count()) === 0) break;
  await cont.first().click();
  await page.waitForTimeout(700);
}
await page.screenshot({ path: '/tmp/miu-dev/form.png', fullPage: true });
await browser.close();
