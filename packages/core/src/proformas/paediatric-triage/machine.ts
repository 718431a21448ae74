import { createProformaMachine } from '../../model/machine.ts';
import { paediatricTriage } from './definition.ts';

/** The triage's statechart: the shared lifecycle over the phases of paediatric-triage.md "Flow". */
export const paediatricTriageMachine = createProformaMachine(paediatricTriage);
