// Size entry: a page that renders the hidden-harm form (HiddenHarmForm) for an adult.
import { HiddenHarmForm } from '@proformas/react';
import '@proformas/react/styles.css';
import { mount, patient } from './page.tsx';

mount(<HiddenHarmForm context={patient('1990-02-14', 'female')} />);
