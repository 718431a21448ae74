// Size entry: a page that renders the CSE screen (CseForm) for a 14-year-old.
import { CseForm } from '@proformas/react';
import '@proformas/react/styles.css';
import { mount, patient } from './page.tsx';

mount(<CseForm context={patient('2010-11-02', 'female')} />);
