import { ageAt, getProforma, type AssessmentContext } from '@proformas/core';
import type { DemoForm } from './attendance.ts';

/** Why a form does not take this patient, in core's words (e.g. the triage is for under-18s), if so. */
export const formRefusal = (form: DemoForm, context: AssessmentContext): string | undefined => {
  if (form === 'encounter') return undefined;
  const age = ageAt(context.patient.dateOfBirth, context.attendance.arrivedAt);
  const check = getProforma(form).checkContext;
  if (!age || !check) return undefined;
  return check(context, age, {}).find((issue) => issue.key.startsWith('patient.'))?.message;
};
