// The fixed entry the size budget measures: a page that renders the paediatric triage form.
import { createRoot } from 'react-dom/client';
import { PaediatricTriageForm } from '@proformas/react';
import '@proformas/react/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <PaediatricTriageForm
      context={{
        patient: { dateOfBirth: '2018-05-04', sex: 'female' },
        attendance: {
          arrivedAt: '2025-03-10T10:00:00+00:00',
          providerId: 'RXX',
          departmentType: '03',
          category: 'unplanned',
        },
      }}
    />,
  );
}
