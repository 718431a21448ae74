import { expect, userEvent, waitFor, within } from 'storybook/test';

type Canvas = ReturnType<typeof within>;

/** In a story: Continue through every phase to "Check your answers", then confirm. */
export async function continueToOutcome(canvas: Canvas): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const heading = canvas.getByRole('heading', { level: 1 });
    if (/Check your answers/.test(heading.textContent ?? '')) break;
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  }
  await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
  await userEvent.click(canvas.getByRole('button', { name: 'Confirm and see the outcome' }));
  await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Outcome');
}

/** In a story: sign the outcome off and check the host heard of it. */
export async function signOff(canvas: Canvas, onSignedOff: unknown, ...leading: unknown[]): Promise<void> {
  await userEvent.type(canvas.getByRole('textbox', { name: 'Your full name' }), 'Alex Morgan');
  await userEvent.type(canvas.getByRole('textbox', { name: 'Your role' }), 'Emergency nurse practitioner');
  await userEvent.click(canvas.getByRole('button', { name: 'Sign off' }));
  await waitFor(() =>
    expect(onSignedOff).toHaveBeenCalledWith(...leading, expect.objectContaining({ name: 'Alex Morgan' })),
  );
  await expect(canvas.getByRole('heading', { name: 'Signed off' })).toBeVisible();
}

/** In a story: the emergency card has taken over with focus; acknowledge it. */
export async function acknowledgeEmergency(canvas: Canvas): Promise<void> {
  const card = canvas.getByRole('region', { name: /Immediate action required/ });
  await expect(within(card).getByRole('heading', { level: 1 })).toHaveFocus();
  await expect(canvas.queryByRole('button', { name: 'Continue' })).toBeNull();
  await userEvent.click(within(card).getByRole('button'));
}
