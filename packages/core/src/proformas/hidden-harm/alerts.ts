import type { ProformaAlert } from '../../model/proforma.ts';
import { c } from './items-common.ts';
import type { HiddenHarmKey } from './schema.ts';
import type { HiddenHarmDerivedName } from './types.ts';

// hidden-harm.md "Flow › Interrupts" and "Output marking": banners in the parallel `alerts` region,
// shown the moment their condition holds (tag `alert.<id>`). The emergency screen itself is the
// shared `escalating` interrupt; these banners keep its guidance pinned until sign-off.

export const hiddenHarmAlerts: readonly ProformaAlert<HiddenHarmKey, HiddenHarmDerivedName>[] = [
  {
    id: 'child-in-danger',
    when: c.derived('childInImmediateDanger'),
    message:
      'A child is in immediate danger. Call 999 now for a welfare check, giving the child’s name and address. Do not let the patient leave with a child they cannot safely care for. Tell the safeguarding lead, then refer the child to children’s social care (the multi-agency safeguarding hub).',
  },
  {
    id: 'adult-in-danger',
    when: c.eq('adultImmediateDanger', 'yes'),
    message:
      'The patient, or another adult, is in danger from domestic abuse now. Call 999, saying where the patient is and where the abuser is thought to be. Keep the patient in a private, staffed area away from the waiting room; staff must not confirm to anyone asking that the patient is here. Ask where the children are, and refer any child in the patient’s care, or unborn, to children’s social care. Tell the safeguarding lead. Tell the patient you are calling; if they object, the call still goes ahead where others are at risk or it would prevent a serious crime: record who decided and why.',
  },
  {
    id: 'not-safe-to-talk',
    when: c.derived('notSafeToTalk'),
    message:
      'You are not alone with the patient. Ask nothing about abuse now, and never in front of anyone else. Try to see them alone (an examination, a test, the toilet), then change your answer. Until then, answer the abuse questions only from records and what the patient has already said: the risk checklist is not offered, and any offer of support waits for a private moment. The outcome, the summary and the GP letter must say that abuse could not be asked about in private.',
  },
  {
    id: 'consider-high-risk',
    when: c.derived('pjPrompt'),
    message:
      'The patient has described a weapon, threats to kill, strangling or choking, or danger right now. Consider whether they are at high risk of serious harm: your judgement can raise the risk, never lower it.',
  },
  {
    id: 'abuse-safe-channels',
    when: c.derived('factorDa'),
    message:
      'Nothing about the abuse, or that it was asked about, may go where the abuser could read or hear it: no post, text, app, patient portal, voicemail or discharge letter to the patient or the household, except by the safe contact details recorded. Letters tell recipients not to discuss it with the partner or family, and how to reach the patient safely.',
  },
];
