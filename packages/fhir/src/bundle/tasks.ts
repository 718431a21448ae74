import { describeActions, type ActionCode, type S5bReporter } from '@proformas/core';
import type { Reference } from '../fhir/datatypes.ts';
import type { Task } from '../fhir/resources.ts';
import { actionCoding } from '../terminology/project.ts';
import { ukCoreProfile } from '../terminology/systems.ts';
import { fhirDateTime, ref, type BundleContext } from './context.ts';

const LEAD: Reference = { type: 'PractitionerRole', display: 'Safeguarding lead' };
const NURSE_IN_CHARGE: Reference = { type: 'PractitionerRole', display: 'Nurse in charge' };

/** coding.md §2.8: who owns each follow-up, and what it asks. */
const FOLLOW_UPS: Partial<Record<ActionCode, { owner?: Reference; description: string }>> = {
  MASH_REFERRAL: {
    description: 'Phone the MASH (the emergency duty team out of hours) now, then send the written referral.',
  },
  CONSIDER_MASH: {
    owner: LEAD,
    description: 'Decide whether to refer to the MASH; record the decision and its reason.',
  },
  ADULT_SAFEGUARDING_CONSIDER: {
    owner: LEAD,
    description: 'Decide whether to raise an adult safeguarding concern; record the decision and its reason.',
  },
  INFORM_SAFEGUARDING_LEAD: { owner: LEAD, description: 'Tell the safeguarding lead.' },
  FAMILY_CALLBACK: {
    owner: NURSE_IN_CHARGE,
    description:
      'Phone the family this shift, check the child is safe, arrange a return or review, and record the result (triage B14.4).',
  },
};

export type TaskEntry = { key: string; task: Task };

const task = (ctx: BundleContext, action: ActionCode, over: Partial<Task>): Task => ({
  resourceType: 'Task',
  meta: { profile: [ukCoreProfile('Task')] },
  status: 'requested',
  intent: 'order',
  code: { coding: [actionCoding(ctx.base, action)] },
  for: ctx.patient,
  encounter: ctx.encounter,
  authoredOn: ctx.when,
  ...(ctx.clinician ? { requester: ctx.clinician } : {}),
  ...over,
});

/**
 * POLICE_101_FGM_REPORT: one Task per regulated reporter who must report, owned by that person,
 * due by the end of `dueBy` and never after `latestBy`, focused on their report. No Task for a
 * colleague's report already made; while F15d is empty, one unowned Task asks for it.
 */
const fgmReportTasks = (
  ctx: BundleContext,
  due: string | undefined,
  communications: ReadonlyMap<string, string>,
): TaskEntry[] => {
  const s5b = ctx.input.assessment.forms.fgm?.detail['s5b'] as
    { reporters?: S5bReporter[]; latestBy?: string | null } | undefined;
  const reporters = (s5b?.reporters ?? []).filter((r) => r.status === 'report-required');
  const restriction = due ? { restriction: { period: { end: fhirDateTime(due) } } } : {};
  const latest = s5b?.latestBy ? ` Never later than ${s5b.latestBy}.` : '';
  if ((s5b?.reporters ?? []).length === 0)
    return [
      {
        key: 'fgm-report-f15d',
        task: task(ctx, 'POLICE_101_FGM_REPORT', {
          ...restriction,
          description: `Record in F15d each member of staff who heard her or saw the signs: each regulated professional must report to the police on 101 personally.${latest}`,
        }),
      },
    ];
  return reporters.map((r) => {
    const report = communications.get(`document-fgm-police-report-row-${r.row}`);
    const done = r.policeReference
      ? {
          status: 'completed' as const,
          output: [{ type: { text: 'Police reference' }, valueString: r.policeReference }],
        }
      : {};
    return {
      key: `fgm-report-row-${r.row}`,
      task: task(ctx, 'POLICE_101_FGM_REPORT', {
        ...restriction,
        description: `Report the FGM to the police on 101 yourself (your personal legal duty).${latest}`,
        owner: {
          type: 'Practitioner',
          display: `${r.name || 'Name not recorded'} (${r.profession || 'profession not recorded'})`,
        },
        focus: report
          ? ref(report, 'Communication')
          : ref(ctx.urn('QuestionnaireResponse', 'fgm'), 'QuestionnaireResponse'),
        ...done,
      }),
    };
  });
};

/** coding.md §2.8: the follow-ups of the encounter's actions, with their deadlines. */
export const tasksFor = (
  ctx: BundleContext,
  requests: ReadonlyMap<string, string>,
  communications: ReadonlyMap<string, string>,
): TaskEntry[] => {
  const { assessment, context } = ctx.input;
  const due = new Map(describeActions(assessment, context).map((a) => [a.code, a.due]));
  const out: TaskEntry[] = [];
  for (const action of assessment.actions) {
    if (action === 'POLICE_101_FGM_REPORT') {
      out.push(...fgmReportTasks(ctx, due.get(action), communications));
      continue;
    }
    const followUp = FOLLOW_UPS[action];
    if (!followUp) continue;
    const request = requests.get(action);
    const deadline = due.get(action);
    out.push({
      key: `action-${action}`,
      task: task(ctx, action, {
        description: followUp.description,
        ...(followUp.owner ? { owner: followUp.owner } : ctx.clinician ? { owner: ctx.clinician } : {}),
        ...(request ? { focus: ref(request, 'ServiceRequest') } : {}),
        ...(deadline ? { restriction: { period: { end: fhirDateTime(deadline) } } } : {}),
      }),
    });
  }
  return out;
};
