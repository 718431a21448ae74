import { createProformaMachine } from '../../model/machine.ts';
import { frequentAttender } from './definition.ts';

export const frequentAttenderMachine = createProformaMachine(frequentAttender);
