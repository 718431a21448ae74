import type { Coding } from '../fhir/datatypes.ts';
import { SNOMED_CT } from './systems.ts';

/**
 * Every SNOMED CT concept of coding.md §1, in one table. Nothing coded goes live until each is
 * checked on the NHS terminology server (coding.md open point 1); a test checks each id's Verhoeff
 * check digit and the UK namespace of the long ids.
 */
export const SNOMED = {
  childSafeguardingConcern: { id: '836881000000105', display: 'Child is cause for safeguarding concern' },
  childInFamilySafeguardingConcern: {
    id: '1064961000000107',
    display: 'Child in family is safeguarding concern',
  },
  unbornChildSafeguardingConcern: {
    id: '878111000000109',
    display: 'Unborn child is cause for safeguarding concern',
  },
  adultSafeguardingConcern: { id: '766561000000109', display: 'Adult safeguarding concern' },
  childProtectionPlan: { id: '342191000000101', display: 'Subject to child protection plan' },
  noLongerChildProtectionPlan: {
    id: '342891000000105',
    display: 'No longer subject to child protection plan',
  },
  familyMemberChildProtectionPlan: {
    id: '375041000000100',
    display: 'Family member subject of child protection plan',
  },
  unbornChildProtectionPlan: {
    id: '818901000000100',
    display: 'Unborn child subject to child protection plan',
  },
  lookedAfterChild: { id: '764841000000100', display: 'Looked after child' },
  noLongerLookedAfterChild: {
    id: '764951000000107',
    display: 'No longer subject of looked after child arrangement',
  },
  childProtectionFinding: { id: '224353004', display: 'Child protection finding' },
  childProtectionCategory: { id: '802251000000109', display: 'Child protection category' },
  childProtectionCategoryEmotional: { id: '802301000000102', display: 'Child protection category emotional' },
  childProtectionCategoryNeglect: { id: '802271000000100', display: 'Child protection category neglect' },
  onChildProtectionPlan: { id: '1064311000000109', display: 'On child protection plan' },
  familyHistoryOfFgm: { id: '902961000000107', display: 'Family history of female genital mutilation' },
  vulnerableAdult: { id: '417430008', display: 'Vulnerable adult' },
  safeguardingIssuesRefset: { id: '999002381000000108', display: 'Safeguarding issues simple reference set' },
} as const satisfies Record<string, { id: string; display: string }>;

export type SnomedConcept = keyof typeof SNOMED;

/**
 * The two child-protection category ids seen only truncated on the source page (coding.md §1,
 * [UNVERIFIED]: "do not use until resolved"). Kept here so a test can prove nothing uses them.
 */
export const UNVERIFIED_TRUNCATED_SCTIDS = ['80231100000100', '80228000000103'] as const;

export const snomedCoding = (concept: SnomedConcept): Coding => ({
  system: SNOMED_CT,
  code: SNOMED[concept].id,
  display: SNOMED[concept].display,
});

/**
 * Items that map to a SNOMED CT concept (`Questionnaire.item.code`, coding.md §2.2) [PROJECT RULE]:
 * the FGM-IS indicator questions carry the FGM-IS Flag code, the CP-IS questions the CP-IS Flag code.
 */
export const ITEM_CONCEPTS: Readonly<Record<string, Readonly<Record<string, SnomedConcept>>>> = {
  'paediatric-triage': { A7: 'childProtectionFinding', 'A7.1': 'familyHistoryOfFgm' },
  'hidden-harm': { H9: 'childProtectionFinding' },
  fgm: { F0: 'familyHistoryOfFgm', 'F11b.hasFgmIsIndicator': 'familyHistoryOfFgm' },
};
