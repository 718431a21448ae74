import { createProformaMachine } from '../../model/machine.ts';
import { cse } from './definition.ts';

/** The CSE screen's statechart: the shared lifecycle over cse.md's phases, banners and emergency. */
export const cseMachine = createProformaMachine(cse);
