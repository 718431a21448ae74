import { createProformaMachine } from '../../model/machine.ts';
import { hiddenHarm } from './definition.ts';

/** The hidden-harm statechart: hidden-harm.md "Flow" phases on the shared lifecycle (emergency interrupt, review, sign-off). */
export const hiddenHarmMachine = createProformaMachine(hiddenHarm);
