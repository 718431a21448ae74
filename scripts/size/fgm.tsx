// Size entry: a page that renders the FGM form for a 9-year-old girl. Until @proformas/react exports
// FgmForm, the shared flow draws the form's own definition and statechart.
import { fgm, fgmMachine } from '@proformas/core';
import '@proformas/react/styles.css';
import { FormPage, mount, patient } from './page.tsx';

mount(<FormPage definition={fgm} machine={fgmMachine} context={patient('2015-07-21', 'female')} />);
