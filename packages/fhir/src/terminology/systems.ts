// External code systems, identifier systems and profiles named in coding.md.

export const NHS_NUMBER = 'https://fhir.nhs.uk/Id/nhs-number';
export const ODS_ORGANISATION = 'https://fhir.nhs.uk/Id/ods-organization-code';
export const ODS_SITE = 'https://fhir.nhs.uk/Id/ods-site-code';
export const SNOMED_CT = 'http://snomed.info/sct';
export const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const V3_CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
export const FLAG_CATEGORY = 'http://terminology.hl7.org/CodeSystem/flag-category';
export const RISK_PROBABILITY = 'http://terminology.hl7.org/CodeSystem/risk-probability';
export const PARTICIPATION_MODE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';

/** SDC and core extensions. */
export const SDC_ENABLE_WHEN_EXPRESSION =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';
export const SDC_ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
export const VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';
export const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const FHIRPATH = 'text/fhirpath';

/** The resources coding.md gives a UK Core profile (RiskAssessment and ServiceRequest: none named). */
export type UkCoreProfiled =
  'Questionnaire' | 'QuestionnaireResponse' | 'Flag' | 'Encounter' | 'Communication' | 'Task';

export const ukCoreProfile = (resource: UkCoreProfiled): string =>
  `https://fhir.hl7.org.uk/StructureDefinition/UKCore-${resource}`;
