import { getProforma } from '@proformas/core';
import { render, screen } from '@testing-library/react';
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
