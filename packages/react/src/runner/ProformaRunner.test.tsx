import { getProforma, PROFORMAS, type ProformaId } from '@proformas/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { attendance, memoryStorage } from '../test/context.ts';
import { choose } from '../test/steps.ts';
import { ProformaRunner } from './ProformaRunner.tsx';

it('renders any registered proforma by id, its first phase first, and saves under the key given', async () => {
  const storage = memoryStorage();
  const definition = getProforma('paediatric-triage');
  render(
    <ProformaRunner
      id="paediatric-triage"
      context={attendance('2015-06-01')}
      storage={storage}
      persistKey="att-1"
    />,
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    `Phase 1 of ${definition.phases.length}: ${definition.phases[0]?.title ?? ''}`,
  );
  expect(screen.getByRole('navigation', { name: 'Sections of this form' })).toHaveTextContent(
    definition.phases[1]?.title ?? '',
  );
  await choose('Is any child in immediate danger now?', 'No');
  expect(JSON.parse(storage.getItem('att-1') ?? '{}')).toMatchObject({
    proforma: 'paediatric-triage',
    version: 1,
  });
});

it('renders every registered proforma; a failed registry lookup says why and offers Try again', async () => {
  for (const id of Object.keys(PROFORMAS) as ProformaId[]) {
    const view = render(
      <ProformaRunner
        id={id}
        context={attendance(id === 'hidden-harm' ? '1990-01-01' : '2011-01-01')}
        storage={null}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Phase \d of \d+: /);
    if (id === 'frequent-attender') {
      // No NHS number and no registry in this test: the lookup fails at once, and the form goes on.
      expect(
        screen.getByRole('heading', { name: 'The attendance history is not available' }),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    }
    view.unmount();
  }
});
