import {
  ACTION_LABELS,
  assessEncounter,
  draftDocuments,
  flowStateOf,
  sortActions,
  toAssessment,
  type ProformaId,
  type ProformaMachineContext,
} from '@proformas/core';
import { toBundle, toQuestionnaireResponse, type QuestionnaireResponse } from '@proformas/fhir';
import { attendanceRecordOf, documentInputsOf, nhsNumberOf } from '../inputs/context.ts';
import type { EmbedAttendance, EmbedConfig, EmbedPatient } from '../inputs/types.ts';
import type { ChangeDetail, CompleteDetail, EscalationDetail } from './details.ts';

/** What a running form knows: the host's inputs and the statechart's snapshot. */
export interface SessionState {
  proforma: ProformaId;
  patient: EmbedPatient;
  attendance: EmbedAttendance;
  config: EmbedConfig;
  context: ProformaMachineContext;
  value: unknown;
}

const fhirOptions = (config: EmbedConfig) => ({
  ...(config.fhirBase ? { base: config.fhirBase } : {}),
  ...(config.safeguarding ? { config: config.safeguarding } : {}),
});

/** The draft so far as a QuestionnaireResponse (in-progress), hidden answers left out. */
export const draftResponse = (s: SessionState): QuestionnaireResponse => {
  const nhsNumber = nhsNumberOf(s.patient);
  return toQuestionnaireResponse(
    s.proforma,
    s.context.evaluation.answers,
    { assessment: s.context.assessmentContext, ...(nhsNumber ? { nhsNumber } : {}) },
    fhirOptions(s.config),
  );
};

export const changeDetail = (s: SessionState): ChangeDetail => ({
  proforma: s.proforma,
  questionnaireResponse: draftResponse(s),
  answers: s.context.evaluation.answers,
  phase: flowStateOf(s.value),
  level: s.context.evaluation.level,
});

export const escalationDetail = (s: SessionState): EscalationDetail => {
  const emergency = s.context.evaluation.firings.filter((f) => f.level === 'EMERGENCY');
  const actions = sortActions(emergency.flatMap((f) => f.actions));
  return {
    proforma: s.proforma,
    level: 'EMERGENCY',
    reasons: [...new Set(emergency.map((f) => f.reason))],
    actions,
    actionLabels: actions.map((a) => ACTION_LABELS[a]),
    rules: [...new Set(emergency.map((f) => f.rule))],
    questionnaireResponse: draftResponse(s),
  };
};

/**
 * Everything the EPR stores and sends on at sign-off: the assessment, the completed response,
 * the transaction Bundle and the referral drafts. The response is the Bundle's own entry.
 */
export const completeDetail = (s: SessionState): CompleteDetail => {
  const signedOff = s.context.signedOff;
  if (!signedOff) throw new Error('The form is not signed off yet.');
  const context = s.context.assessmentContext;
  const answers = { [s.proforma]: s.context.evaluation.answers };
  const encounterAssessment = assessEncounter(answers, context);
  const assessment = encounterAssessment.forms[s.proforma] ?? toAssessment(s.context.evaluation);
  const documents = [
    ...draftDocuments({
      answers,
      context,
      assessment: encounterAssessment,
      inputs: documentInputsOf(s.patient, s.attendance, s.config, signedOff),
    }),
  ];
  const bundle = toBundle(
    {
      attendance: attendanceRecordOf(s.patient, s.attendance, encounterAssessment.level),
      context,
      answers,
      assessment: encounterAssessment,
      documents,
      signed: { by: `${signedOff.name}, ${signedOff.role}`, at: signedOff.at },
    },
    fhirOptions(s.config),
  );
  const response = bundle.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')?.resource;
  return {
    proforma: s.proforma,
    assessment,
    encounterAssessment,
    questionnaireResponse: response as QuestionnaireResponse,
    bundle,
    documents,
    signedOff,
  };
};
