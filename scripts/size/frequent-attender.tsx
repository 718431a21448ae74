// Size entry: a page that renders the frequent-attender check for a 3-year-old, with its registry
// lookup. Until @proformas/react exports FrequentAttenderForm, the shared flow draws the form's own
// definition and statechart (no registry configured: the lookup fails and the history is "not available").
import { frequentAttender, frequentAttenderMachine } from '@proformas/core';
import '@proformas/react/styles.css';
import { FormPage, mount, patient } from './page.tsx';

mount(
  <FormPage
    definition={frequentAttender}
    machine={frequentAttenderMachine}
    context={patient('2021-09-30', 'male')}
  />,
);
