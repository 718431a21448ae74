import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Choose a radio option under a question. */
export const choose = async (question: string, option: string) =>
  userEvent.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: option }));

/** Tick a checkbox under a question. */
export const tick = async (question: string, option: string) =>
  userEvent.click(
    within(screen.getByRole('group', { name: question })).getByRole('checkbox', { name: option }),
  );

export const press = async (name: string) => userEvent.click(screen.getByRole('button', { name }));

export const typeInto = async (label: string, text: string) =>
  userEvent.type(screen.getByRole('textbox', { name: label }), text);

export const phaseHeading = () => screen.getByRole('heading', { level: 1 });
