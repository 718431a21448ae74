import type { GroupField } from '@proformas/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { Controlled } from '../test/Controlled.tsx';
import { RepeatingGroupField, type GroupRow } from './RepeatingGroupField.tsx';

const fields: GroupField[] = [
  { key: 'name', code: 'K1', question: 'Name', type: 'text', required: true },
  { key: 'livesHere', code: 'K2', question: 'Lives here?', type: 'yes-no', required: true },
  {
    key: 'address',
    code: 'K3',
    question: 'Where do they live?',
    type: 'text',
    required: true,
    shownWhen: { op: 'equals', key: 'livesHere', value: 'no' },
  },
];
const livesElsewhere = (field: GroupField, row: GroupRow) =>
  field.key !== 'address' || row['livesHere'] === 'no';

it('adds rows, shows a field only where its row needs it, and removes rows', async () => {
  const onValue = vi.fn();
  render(
    <Controlled<GroupRow[]>
      onValue={onValue}
      render={(p) => (
        <RepeatingGroupField
          id="kids"
          label="Other children"
          fields={fields}
          isFieldShown={livesElsewhere}
          {...p}
        />
      )}
    />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Add an entry' }));
  const first = screen.getByRole('group', { name: 'Entry 1' });
  expect(within(first).getByRole('textbox', { name: 'Name' })).toHaveFocus();
  await userEvent.keyboard('Ada');
  await userEvent.click(screen.getByRole('button', { name: 'Add another entry' }));
  const second = screen.getByRole('group', { name: 'Entry 2' });
  await userEvent.click(within(second).getByRole('radio', { name: 'No' }));
  expect(within(second).getByRole('textbox', { name: 'Where do they live?' })).toBeInTheDocument();
  expect(within(first).queryByRole('textbox', { name: 'Where do they live?' })).not.toBeInTheDocument();
  expect(onValue).toHaveBeenLastCalledWith([{ name: 'Ada' }, { livesHere: 'no' }]);
  await userEvent.click(screen.getByRole('button', { name: 'Remove entry 1' }));
  expect(onValue).toHaveBeenLastCalledWith([{ livesHere: 'no' }]);
  expect(screen.queryByRole('group', { name: 'Entry 2' })).not.toBeInTheDocument();
});
