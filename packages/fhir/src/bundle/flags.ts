import { ageAt, levelAtLeast, type FgmIsList } from '@proformas/core';
import type { Flag, Task } from '../fhir/resources.ts';
import { snomedCoding } from '../terminology/snomed.ts';
import { standInCoding } from '../terminology/project.ts';
import { FLAG_CATEGORY, ukCoreProfile } from '../terminology/systems.ts';
import { patientByNhsNumber, type BundleContext } from './context.ts';

const SAFETY = [{ coding: [{ system: FLAG_CATEGORY, code: 'safety', display: 'Safety' }] }];

/** An NHS number: 10 digits, the last the modulus 11 check digit of the first nine. */
export const isValidNhsNumber = (value: string | null | undefined): value is string => {
  if (!value || !/^\d{10}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = 11 - (digits.slice(0, 9).reduce((t, d, i) => t + d * (10 - i), 0) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === digits[9];
};

const localFlag = (ctx: BundleContext, code: Flag['code']): Flag => ({
  resourceType: 'Flag',
  meta: { profile: [ukCoreProfile('Flag')] },
  status: 'active',
  category: SAFETY,
  code,
  subject: ctx.patient,
  period: { start: ctx.when },
  encounter: ctx.encounter,
  ...(ctx.clinician ? { author: ctx.clinician } : {}),
});

export interface FlagOutput {
  flags: { key: string; flag: Flag }[];
  /** A girl due an FGM-IS indicator without a valid NHS number: a Task to find it first. */
  tasks: { key: string; task: Task }[];
}

/**
 * coding.md §2.5. FGM-IS: one Flag per girl of `detail.fgmIs.add` on FGM_IS_ADD_INDICATOR (the
 * engine never lists a girl known to have had FGM), each for the national record: no encounter.
 * Local alerts: FA_FLAG, and "child is cause for safeguarding concern" when a child's encounter
 * ends at REFER or EMERGENCY.
 */
export const flagsFor = (ctx: BundleContext): FlagOutput => {
  const { assessment, context, attendance } = ctx.input;
  const out: FlagOutput = { flags: [], tasks: [] };
  const fgmIs = assessment.forms.fgm?.detail['fgmIs'] as FgmIsList | undefined;
  if (assessment.actions.includes('FGM_IS_ADD_INDICATOR')) {
    for (const girl of fgmIs?.add ?? []) {
      const nhsNumber = girl.girl === 'patient' ? attendance.nhsNumber : girl.nhsNumber;
      const key = `fgm-is-${girl.girl}`;
      if (isValidNhsNumber(nhsNumber)) {
        const flag: Flag = {
          resourceType: 'Flag',
          meta: { profile: [ukCoreProfile('Flag')] },
          status: 'active',
          code: { coding: [snomedCoding('familyHistoryOfFgm')] },
          subject: patientByNhsNumber(nhsNumber),
          period: { start: ctx.when },
        };
        out.flags.push({ key, flag });
      } else {
        const who = girl.girl === 'patient' ? 'the patient' : (girl.name ?? `girl ${girl.girl + 1} of F11b`);
        out.tasks.push({ key, task: nhsNumberTask(ctx, who) });
      }
    }
  }
  if (assessment.actions.includes('FA_FLAG'))
    out.flags.push({
      key: 'frequent-attender',
      flag: localFlag(ctx, { coding: [standInCoding(ctx.base, 'frequent-attender')] }),
    });
  const age = ageAt(context.patient.dateOfBirth, context.attendance.arrivedAt);
  if (age && age.years < 18 && levelAtLeast(assessment.level, 'REFER'))
    out.flags.push({
      key: 'child-concern',
      flag: localFlag(ctx, { coding: [snomedCoding('childSafeguardingConcern')] }),
    });
  return out;
};

const nhsNumberTask = (ctx: BundleContext, who: string): Task => ({
  resourceType: 'Task',
  meta: { profile: [ukCoreProfile('Task')] },
  status: 'requested',
  intent: 'order',
  description: `Find and verify the NHS number of ${who}, then add the FGM-IS family-history indicator (coding.md §2.5: a verified NHS number comes first).`,
  for: ctx.patient,
  encounter: ctx.encounter,
  authoredOn: ctx.when,
  owner: { type: 'PractitionerRole', display: 'Safeguarding lead' },
});
