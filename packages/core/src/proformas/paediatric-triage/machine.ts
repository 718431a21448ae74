import { createProformaMachine } from '../../model/machine.ts';
import { paediatricTriage } from './definition.ts';

export const paediatricTriageMachine = createProformaMachine(paediatricTriage);
