// Size entry: a page that renders the paediatric triage form (PaediatricTriageForm) for a 6-year-old.
import { PaediatricTriageForm } from '@proformas/react';
import '@proformas/react/styles.css';
import { mount, patient } from './page.tsx';

mount(<PaediatricTriageForm context={patient('2018-05-04', 'female')} />);
