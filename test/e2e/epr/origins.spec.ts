import { expect, test } from '@playwright/test';

interface FrameMessage {
  type: string;
  payload: Record<string, unknown>;
}

test('the iframe ignores a host whose origin is not on its allow-list', async ({ page }) => {
  // The same EPR page, served as http://localhost:4175, embeds the frame with an allow-list naming
  // only http://127.0.0.1:4175: every message this page sends is from an origin not on the list.
  await page.goto('http://localhost:4175/?frameAllows=http%3A%2F%2F127.0.0.1%3A4175');
  const frame = page.frameLocator('#frame-form');
  await expect(frame.getByText('Waiting for the patient record to open a form.')).toBeVisible();
  // The host asks 20 times over 10 seconds, then gives up: no answer ever came back.
  await expect(page.locator('#frame-status')).toHaveText(/The form in the frame did not answer\./i, {
    timeout: 20_000,
  });
  const received = await page.evaluate(
    () => (window as unknown as { eprReceived: { frame: FrameMessage[] } }).eprReceived.frame,
  );
  expect(received.map((m) => m.type)).toEqual(['host.no-answer']);
  // The patient never reached the form.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Safeguarding proforma');
  await expect(frame.getByRole('radio')).toHaveCount(0);
});

test('with the page on its allow-list, the same frame answers and shows the form', async ({ page }) => {
  await page.goto('http://localhost:4175/?frameAllows=http%3A%2F%2Flocalhost%3A4175');
  await expect(page.frameLocator('#frame-form').getByRole('heading', { level: 1 })).toContainText('Screen');
});
