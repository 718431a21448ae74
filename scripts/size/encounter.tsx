// Size entry: a page that runs the whole five-form encounter (EncounterView) for a 14-year-old:
// the suggested forms in turn, then the combined outcome; the frequent-attender lookup included.
import { EncounterView } from '@proformas/react';
import '@proformas/react/styles.css';
import { mount, patient } from './page.tsx';

mount(
  <EncounterView
    context={patient('2010-11-02', 'female')}
    nhsNumber="9990000018"
    lookup={() => Promise.resolve([])}
  />,
);
