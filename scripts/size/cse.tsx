// Size entry: a page that renders the CSE screen for a 14-year-old. Until @proformas/react exports
// CseForm, the shared flow draws the form's own definition and statechart.
import { cse, cseMachine } from '@proformas/core';
import '@proformas/react/styles.css';
import { FormPage, mount, patient } from './page.tsx';

mount(<FormPage definition={cse} machine={cseMachine} context={patient('2010-11-02', 'female')} />);
