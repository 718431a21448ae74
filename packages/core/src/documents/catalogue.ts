import type { DocumentKind } from './types.ts';

/**
 * The fields of each document, in order, named exactly as referrals.md's tables (§1–§4), with the
 * heading printed in the draft. `sensitivity` is a property of the draft, not a field.
 */
export const FIELD_CATALOGUE = {
  'mash-referral': [
    ['referrer', 'From'],
    ['phoneCall', 'Phone call'],
    ['childNow', 'Where the child is now'],
    ['safetyActions', 'What we are doing to keep the child safe'],
    ['child', 'About the child'],
    ['household', 'Who lives with the child'],
    ['parentalResponsibility', 'Parental responsibility'],
    ['socialCareStatus', 'Children’s social care'],
    ['concernCategories', 'Kind of harm'],
    ['whatWasSeen', 'What I saw'],
    ['whatWasHeard', 'What I heard'],
    ['timeline', 'Timeline'],
    ['explanation', 'The explanation given'],
    ['riskToChild', 'The risk to the child'],
    ['strengths', 'What is going well'],
    ['childsVoice', 'The child’s own words'],
    ['carersViews', 'What the parents or carers say'],
    ['familyAwareness', 'Who knows'],
    ['professionals', 'Others involved'],
    ['request', 'What I am asking for'],
    ['followUp', 'Follow-up'],
    ['legalBasis', 'Why I am sharing this'],
    ['attachments', 'Attached'],
  ],
  'marac-referral': [
    ['localForm', 'Local referral form'],
    ['victim', 'The person at risk'],
    ['dash', 'Risk checklist answers'],
    ['dashScore', 'Risk checklist score'],
    ['referralRoute', 'Why this referral meets the criteria'],
    ['children', 'Children'],
    ['victimAware', 'Does the person know about this referral'],
    ['otherReferrals', 'Other referrals'],
    ['abuser', 'The person causing harm'],
  ],
  'fgm-police-report': [
    ['reporter', 'Person reporting'],
    ['girl', 'The girl'],
    ['basis', 'What I heard or saw'],
    ['identifiedAt', 'When it became known'],
    ['deadline', 'Deadline'],
    ['otherReporters', 'Other staff who heard or saw'],
    ['safeguardingActions', 'Safeguarding actions'],
    ['policeReference', 'Police reference'],
    ['leadInformed', 'Safeguarding lead'],
  ],
  notification: [
    ['recipients', 'To'],
    ['child', 'About'],
    ['visit', 'Visit'],
    ['accompaniedBy', 'Came with'],
    ['clinical', 'Why they came'],
    ['checksDone', 'Checks'],
    ['concern', 'Concern'],
    ['actionTaken', 'What we have done'],
    ['request', 'What I am asking'],
    ['sharingExplained', 'Who knows'],
  ],
} as const satisfies Record<DocumentKind, readonly (readonly [string, string])[]>;

export type FieldName<K extends DocumentKind> = (typeof FIELD_CATALOGUE)[K][number][0];

export const fieldLabel = (kind: DocumentKind, name: string): string | undefined =>
  FIELD_CATALOGUE[kind].find(([n]) => n === name)?.[1];

export const fieldOrder = (kind: DocumentKind, name: string): number =>
  FIELD_CATALOGUE[kind].findIndex(([n]) => n === name);
