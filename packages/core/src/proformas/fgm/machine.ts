import { createProformaMachine } from '../../model/machine.ts';
import { fgm } from './definition.ts';

/** The FGM form's statechart: the shared lifecycle over the phases of fgm.md "Flow". */
export const fgmMachine = createProformaMachine(fgm);
