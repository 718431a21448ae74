import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const heading = () => screen.getByRole('heading', { level: 1 });

/** Continue through every phase to "Check your answers", then confirm, as a clinician would. */
export async function continueToOutcome(user = userEvent.setup()): Promise<void> {
  for (let i = 0; i < 12 && !/Check your answers/.test(heading().textContent ?? ''); i++) {
    await user.click(screen.getByRole('button', { name: 'Continue' }));
  }
  await user.click(screen.getByRole('button', { name: 'Confirm and see the outcome' }));
}

/** Sign the outcome off with a name and role. */
export async function signOff(user = userEvent.setup()): Promise<void> {
  await user.type(screen.getByRole('textbox', { name: 'Your full name' }), 'Alex Morgan');
  await user.type(screen.getByRole('textbox', { name: 'Your role' }), 'Emergency nurse practitioner');
  await user.click(screen.getByRole('button', { name: 'Sign off' }));
}
