import type { PaediatricTriageKey } from './schema.ts';
import type { TriageDerivedName } from './types.ts';

// Which answer keys each boolean derived value reads (ProformaDefinition.derivedReads), for the
// dependency graph of consistency.test.ts. consistency.test.ts also checks each list by changing
// every other answer and seeing that the value does not move.

const PR2_PR3_READS: readonly PaediatricTriageKey[] = [
  'independentlyMobile',
  'injuryTypes',
  'suspiciousPatterns',
  'explanationSuitability',
  'disclosedAbuse',
  'ctCriteria',
  'pregnancy',
  'sexualHealthOrAssault',
  'sexualHealthNeeds',
  'ingestedSubstance',
  'ingestionGivenDeliberately',
  'hurtByAnotherPerson',
];

const PR5_PR10_READS: readonly PaediatricTriageKey[] = [
  'unexplainedDelay',
  'explanationSuitability',
  'injuryTypes',
  'accompaniedBy',
  'intoxicated',
  'selfHarmOrOverdose',
  'demeanour',
  'carerInteraction',
  'neglectSigns',
  'carerDomesticAbuse',
  'carerSubstanceMisuse',
  'carerMentalHealth',
  'ingestion',
  'ingestedSubstance',
  'ingestionGivenDeliberately',
  'hurtByAnotherPerson',
  'exploitationSigns',
  'companionDeclinedDetails',
  'companionFitToCare',
  'companionHasPr',
  'disabilityOrCommunicationNeed',
  'missingFromHomeOrCare',
  'sexualHealthNeeds',
  'ownChildren',
  'pregnancy',
  'partnerAbuse',
  'ownChildrenWhereNow',
  'ypDashResult',
];

const PR4_READS: readonly PaediatricTriageKey[] = ['ctCriteria', 'largestHeadMarkMm'];

/** Every answer key some rule's level reads (the level shows E1, E3 and E3.1). */
export const LEVEL_READS: readonly PaediatricTriageKey[] = [
  ...new Set<PaediatricTriageKey>([
    ...PR2_PR3_READS,
    ...PR5_PR10_READS,
    ...PR4_READS,
    'immediateDanger',
    'carerLeavingAgainstAdvice',
    'leftBeforeCompletion',
    'leftWithUrgentNeed',
    'cpisResult',
    'cinOrSocialWorker',
    'gpRegistered',
    'notInEducation',
  ]),
];

export const paediatricTriageDerivedReads: Record<TriageDerivedName, readonly PaediatricTriageKey[]> = {
  nonMobile: ['independentlyMobile'],
  infantLargeHeadMark: ['largestHeadMarkMm'],
  poorExplanation: ['explanationSuitability'],
  cpFlag: ['cpisResult', 'cinOrSocialWorker'],
  referConcern: PR2_PR3_READS,
  discussConcern: PR5_PR10_READS,
  urgentTransfer: PR4_READS,
  youngParent: ['ownChildren', 'pregnancy'],
  sexualHealthContext: ['sexualHealthOrAssault'],
  sharingAgreed: ['youngPersonSharingView'],
  privateSummary: [...new Set<PaediatricTriageKey>(['sexualHealthOrAssault', ...LEVEL_READS])],
  otherFormDiscuss: [],
};
