import type { ActionCode } from '../model/actions.ts';

/** Plain-English label of every action (domain/README.md "Action codes"). */
export const ACTION_LABELS: Record<ActionCode, string> = {
  POLICE_999: 'Call 999 now. Keep the child or adult safe here until the police arrive.',
  TRANSFER_ED_AMBULANCE: 'Transfer to the emergency department by ambulance now.',
  MASH_REFERRAL:
    'Phone now: the MASH in working hours, the local authority’s emergency duty team out of hours. Do not discharge until they agree a plan. The written referral follows.',
  CONSIDER_MASH: 'Consider a referral to the MASH; record the decision and why.',
  POLICE_101_FGM_REPORT:
    'Report the FGM to the police on 101 yourself (your personal legal duty), by the end of the next working day.',
  POLICE_NOTIFY: 'Tell the police.',
  PAEDS_CONSULTANT_REVIEW_SAME_DAY: 'Arrange a review by a paediatric consultant today.',
  SARC_REFERRAL: 'Refer to the sexual assault referral centre (SARC).',
  MARAC_REFERRAL: 'Refer to MARAC (the multi-agency risk assessment conference).',
  INFORM_SAFEGUARDING_LEAD: 'Tell the safeguarding lead.',
  IDVA_OR_DA_SERVICE:
    'Offer, in private, a referral to an independent domestic violence adviser (IDVA) or domestic abuse service.',
  CPIS_INFORM_SOCIAL_WORKER:
    'Tell the child’s allocated social worker or responsible local authority about this attendance (CP-IS).',
  FGM_IS_ADD_INDICATOR: 'Add the FGM family-history indicator to FGM-IS.',
  MATERNITY_SAFEGUARDING_NOTIFY: 'Tell the maternity safeguarding team about the pregnancy.',
  ADULT_SAFEGUARDING_CONSIDER: 'Consider an adult safeguarding concern (Care Act 2014 s42).',
  MENTAL_HEALTH_REVIEW: 'Specialist psychosocial assessment before discharge; transfer if none on site.',
  SEXUAL_HEALTH_FOLLOWUP: 'Arrange sexual-health follow-up.',
  FRASER_DOCUMENTED: 'Record the Fraser guidelines assessment.',
  FGM_SPECIALIST_REFERRAL: 'Refer to a specialist FGM service.',
  FAMILY_CALLBACK:
    'The nurse in charge phones the family this shift, checks the child is safe, arranges a return or review, and records the result.',
  NOTIFY_GP: 'Tell the GP.',
  NOTIFY_HV: 'Tell the health visitor.',
  NOTIFY_SN: 'Tell the school nurse.',
  FA_FLAG: 'Record the frequent-attender flag and tell the safeguarding lead.',
  ROUTINE_SUMMARY: 'Send the routine attendance summary with the discharge letter.',
};

/** When each action is due, in words, where the spec gives a timescale. */
export const ACTION_TIMING: Partial<Record<ActionCode, string>> = {
  POLICE_999: 'now',
  TRANSFER_ED_AMBULANCE: 'now',
  MASH_REFERRAL: 'phone now; writing follows',
  PAEDS_CONSULTANT_REVIEW_SAME_DAY: 'today',
  INFORM_SAFEGUARDING_LEAD: 'before discharge',
  FAMILY_CALLBACK: 'this shift',
  POLICE_101_FGM_REPORT: 'by the end of the next working day',
  NOTIFY_GP: 'with the discharge summary',
  NOTIFY_HV: 'with the discharge summary',
  NOTIFY_SN: 'with the discharge summary',
  ROUTINE_SUMMARY: 'with the discharge summary',
};
