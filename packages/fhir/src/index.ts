// The public API of @proformas/fhir: FHIR R4 / UK Core mapping of the proformas (coding.md).
export { DEFAULT_BASE, type FhirOptions } from './options.ts';
export { toQuestionnaire } from './questionnaire/toQuestionnaire.ts';
export { proformaIndex, type LinkedItem, type ProformaIndex } from './questionnaire/linkIds.ts';
export { toQuestionnaireResponse, type ResponseContext } from './response/toResponse.ts';
export { fromQuestionnaireResponse, QuestionnaireResponseImportError } from './response/fromResponse.ts';
export type { ImportIssue } from './response/readValues.ts';
export { SNOMED, UNVERIFIED_TRUNCATED_SCTIDS, type SnomedConcept } from './terminology/snomed.ts';
export { verhoeffValid, sctidParts, isUsableUkConceptId } from './terminology/verhoeff.ts';
export type * from './fhir/datatypes.ts';
export type * from './fhir/questionnaire.ts';
export type * from './fhir/resources.ts';
export { toBundle } from './bundle/toBundle.ts';
export { toEncounter, type EncounterOptions } from './bundle/encounter.ts';
export type { EncounterBundleInput } from './bundle/input.ts';
export { SENSITIVE_LABELS } from './bundle/context.ts';
