// What the size entries share: synthetic patients at one attendance, and mounting the page.
import type { AssessmentContext } from '@proformas/core';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

const attendance: AssessmentContext['attendance'] = {
  arrivedAt: '2025-03-10T10:00:00+00:00',
  providerId: 'RXX',
  departmentType: '03',
  category: 'unplanned',
};

/** A synthetic patient born on `dateOfBirth`, at the same attendance in every entry. */
export const patient = (dateOfBirth: string, sex: 'female' | 'male'): AssessmentContext => ({
  patient: { dateOfBirth, sex },
  attendance,
});

/** Render the page into #root. */
export const mount = (page: ReactNode) => {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(page);
};
