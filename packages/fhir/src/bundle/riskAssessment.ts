import { PROFORMA_IDS, getProforma, type Assessment, type ProformaId } from '@proformas/core';
import type { CodeableConcept } from '../fhir/datatypes.ts';
import type { RiskAssessment } from '../fhir/resources.ts';
import { levelCoding, projectCoding, proformaCoding } from '../terminology/project.ts';
import { RISK_PROBABILITY } from '../terminology/systems.ts';
import { ref, type BundleContext } from './context.ts';

/** coding.md §2.4: the CSE band as an HL7 risk probability. */
const CSE_RISK: Record<string, { code: string; display: string }> = {
  NONE: { code: 'negligible', display: 'Negligible likelihood' },
  LOW: { code: 'low', display: 'Low likelihood' },
  MEDIUM: { code: 'moderate', display: 'Moderate likelihood' },
  HIGH: { code: 'high', display: 'High likelihood' },
};

const predictions = (ctx: BundleContext, assessment: Assessment): RiskAssessment['prediction'] => {
  const level = { outcome: { coding: [levelCoding(ctx.base, assessment.level)] } as CodeableConcept };
  const cseRisk = assessment.proforma === 'cse' ? CSE_RISK[String(assessment.detail['cseRisk'])] : undefined;
  const faLevel = assessment.proforma === 'frequent-attender' ? assessment.detail['faLevel'] : undefined;
  return [
    cseRisk ? { ...level, qualitativeRisk: { coding: [{ system: RISK_PROBABILITY, ...cseRisk }] } } : level,
    ...(typeof faLevel === 'string'
      ? [{ outcome: { coding: [projectCoding(ctx.base, 'fa-level', faLevel)] } }]
      : []),
  ];
};

const common = (ctx: BundleContext) => ({
  status: ctx.input.signed ? ('final' as const) : ('preliminary' as const),
  subject: ctx.patient,
  encounter: ctx.encounter,
  occurrenceDateTime: ctx.when,
  ...(ctx.clinician ? { performer: ctx.clinician } : {}),
});

/** One form's RiskAssessment (coding.md §2.4): basis = its QuestionnaireResponse. */
export const formRiskAssessment = (
  ctx: BundleContext,
  id: ProformaId,
  assessment: Assessment,
): RiskAssessment => ({
  resourceType: 'RiskAssessment',
  ...common(ctx),
  method: { coding: [proformaCoding(ctx.base, id, getProforma(id).specVersion)] },
  basis: [ref(ctx.urn('QuestionnaireResponse', id), 'QuestionnaireResponse')],
  prediction: predictions(ctx, assessment),
  note: [
    {
      text: `Level ${assessment.level}. Rules fired: ${assessment.firedRules.join(', ') || 'none'}. Actions: ${assessment.actions.join(', ') || 'none'}.`,
    },
    ...assessment.reasons.map((text) => ({ text })),
  ],
});

/** The encounter's RiskAssessment: the maximum over its forms; basis = each form's RiskAssessment. */
export const encounterRiskAssessment = (ctx: BundleContext): RiskAssessment => {
  const { assessment } = ctx.input;
  const forms = PROFORMA_IDS.filter((id) => assessment.forms[id]);
  return {
    resourceType: 'RiskAssessment',
    ...common(ctx),
    method: {
      text: 'Encounter: the most severe level of its forms, after the cross-form rules (P-R5, P-R6).',
    },
    ...(forms.length > 0
      ? { basis: forms.map((id) => ref(ctx.urn('RiskAssessment', id), 'RiskAssessment')) }
      : {}),
    prediction: [{ outcome: { coding: [levelCoding(ctx.base, assessment.level)] } }],
    note: [{ text: `Level ${assessment.level}. Actions: ${assessment.actions.join(', ') || 'none'}.` }],
  };
};
