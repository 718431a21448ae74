// Size entry: a page that renders the frequent-attender check (FrequentAttenderForm) for a
// 3-year-old, with its registry lookup (a host lookup that answers no earlier attendances).
import { FrequentAttenderForm } from '@proformas/react';
import '@proformas/react/styles.css';
import { mount, patient } from './page.tsx';

mount(
  <FrequentAttenderForm
    context={patient('2021-09-30', 'male')}
    nhsNumber="9990000018"
    lookup={() => Promise.resolve([])}
  />,
);
