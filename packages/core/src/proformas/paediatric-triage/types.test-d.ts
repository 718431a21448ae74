// Type tests (ARCHITECTURE.md "Files and tests"): checked by `tsc -b`, not run. Each line marked
// with an expect-error directive must fail to compile, or tsc reports the directive as unused.
import type { ProformaMachineEvent } from '../../model/machine.ts';
import { c } from './items-common.ts';
import type { TriageItem } from './items-common.ts';
import type { PaediatricTriageAnswers, PaediatricTriageKey } from './schema.ts';

// @ts-expect-error a misspelt answer key does not compile
c.eq('immediateDangr', 'yes');

// @ts-expect-error only a boolean derived value may appear in a condition (notifyService is 'hv' | 'sn')
c.derived('notifyService');

c.derived('referConcern');

const _item: TriageItem = {
  key: 'immediateDanger',
  code: 'B14',
  // @ts-expect-error an unknown phase does not compile
  phase: 'triage',
  question: 'Is any child in immediate danger now?',
  type: 'yes-no',
  required: true,
};

// @ts-expect-error an unknown option code is not an answer
const _answers: Partial<PaediatricTriageAnswers> = { accompaniedBy: 'uncle' };

// @ts-expect-error events are typed: answer.changed needs a key and a value
const _event: ProformaMachineEvent<PaediatricTriageKey> = { type: 'answer.changed', key: 'immediateDanger' };
