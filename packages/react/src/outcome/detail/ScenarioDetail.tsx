import { evaluate, type ProformaId } from '@proformas/core';
import { scenario as findScenario } from '../../encounter/testing/fixtures.ts';
import { FormDetail } from './FormDetail.tsx';

interface ScenarioDetailProps {
  proforma: ProformaId;
  /** The fixture's name (a clinical scenario). */
  scenario: string;
  headingLevel?: 2 | 3;
}

/** A form's detail for one of its clinical scenarios (stories). */
export function ScenarioDetail({ proforma, scenario, headingLevel }: ScenarioDetailProps) {
  const fixture = findScenario(proforma, scenario);
  const evaluation = evaluate(proforma, fixture.answers, fixture.context);
  return (
    <FormDetail
      proforma={proforma}
      detail={evaluation.detail}
      evaluation={evaluation}
      headingLevel={headingLevel}
    />
  );
}
