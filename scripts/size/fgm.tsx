// Size entry: a page that renders the FGM form (FgmForm) for a 9-year-old girl.
import { FgmForm } from '@proformas/react';
import '@proformas/react/styles.css';
import { mount, patient } from './page.tsx';

mount(<FgmForm context={patient('2015-07-21', 'female')} />);
