import { flowStateOf, getMachine, getProforma } from '@proformas/core';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { assessmentContextOf } from '../inputs/context.ts';
import { GIRL, GIRL_ATTENDANCE, GIRL_FGM_ANSWERS, TEEN, TEEN_ATTENDANCE } from '../test/synthetic.ts';
import { openForm } from './opening.ts';
import { unansweredPhases } from './resume.ts';

const girl = assessmentContextOf(GIRL, GIRL_ATTENDANCE);
const phaseOf = (opening: ReturnType<typeof openForm>) => {
  if (!opening.ok) throw new Error(opening.message);
  const actor = createActor(getMachine('fgm'), {
    input: opening.input,
    ...(opening.snapshot ? { snapshot: opening.snapshot } : {}),
  }).start();
  return flowStateOf(actor.getSnapshot().value);
};

describe('opening a prefilled form', () => {
  it('opens an empty form at its first phase', () => {
    expect(phaseOf(openForm('fgm', girl, {}, undefined))).toBe('screen');
  });

  it('resumes at the first phase with a shown question unanswered', () => {
    const { travelOrProcedurePlanned: _a, cutterOrImminentSign: _b, ...partial } = GIRL_FGM_ANSWERS;
    const machine = createActor(getMachine('fgm'), { input: { context: girl, answers: partial } }).start();
    const unanswered = unansweredPhases(getProforma('fgm'), machine.getSnapshot().context.evaluation);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(phaseOf(openForm('fgm', girl, partial, undefined))).toBe(unanswered[0]);
    expect(unanswered[0]).not.toBe('screen');
  });

  it('opens at check your answers when every shown question is answered', () => {
    expect(phaseOf(openForm('fgm', girl, GIRL_FGM_ANSWERS, '9990000018'))).toBe('reviewing');
  });

  it('refuses a form the patient cannot have, with core’s reason', () => {
    const adult = assessmentContextOf({ ...TEEN, dateOfBirth: '1990-01-01' }, TEEN_ATTENDANCE);
    const opening = openForm('cse', adult, {}, undefined);
    expect(opening).toEqual({
      ok: false,
      message: 'The CSE screen is for young people under 18: this patient is 18 or over at arrival.',
    });
  });
});
