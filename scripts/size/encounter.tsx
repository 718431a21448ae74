// Size entry: a page that runs the whole five-form encounter for a 14-year-old: each form in turn,
// then the combined outcome. Until @proformas/react exports EncounterView, it is put together here
// from the shared flow, core's assessEncounter and the outcome panel.
import {
  assessEncounter,
  cse,
  cseMachine,
  describeActions,
  evaluate,
  fgm,
  fgmMachine,
  frequentAttender,
  frequentAttenderMachine,
  hiddenHarm,
  hiddenHarmMachine,
  paediatricTriage,
  paediatricTriageMachine,
} from '@proformas/core';
import { OutcomePanel } from '@proformas/react';
import '@proformas/react/styles.css';
import { useState } from 'react';
import { FormPage, mount, patient } from './page.tsx';

const context = patient('2010-11-02', 'female');
const forms = [
  [paediatricTriage, paediatricTriageMachine],
  [hiddenHarm, hiddenHarmMachine],
  [cse, cseMachine],
  [fgm, fgmMachine],
  [frequentAttender, frequentAttenderMachine],
] as const;

function Encounter() {
  const [index, setIndex] = useState(0);
  const form = forms[index];
  if (form) {
    const [definition, machine] = form;
    return (
      <>
        <FormPage key={definition.id} definition={definition} machine={machine} context={context} />
        <button type="button" className="nhsuk-button" onClick={() => setIndex(index + 1)}>
          Next form
        </button>
      </>
    );
  }
  const combined = assessEncounter({}, context);
  return (
    <OutcomePanel
      level={combined.level}
      actions={describeActions(combined, context)}
      firings={forms.flatMap(([definition]) => evaluate(definition.id, {}, context).firings)}
    />
  );
}

mount(<Encounter />);
