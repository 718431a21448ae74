// Size entry: a page that renders the hidden-harm form for an adult. Until @proformas/react exports
// HiddenHarmForm, the shared flow draws the form's own definition and statechart.
import { hiddenHarm, hiddenHarmMachine } from '@proformas/core';
import '@proformas/react/styles.css';
import { FormPage, mount, patient } from './page.tsx';

mount(
  <FormPage definition={hiddenHarm} machine={hiddenHarmMachine} context={patient('1990-02-14', 'female')} />,
);
