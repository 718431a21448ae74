import type { ProformaDefinition } from '../../model/proforma.ts';
import { firing } from '../../model/rule.ts';
import { paediatricTriageSchema, type PaediatricTriageAnswers } from './schema.ts';

// STUB: replaced by the full definition.
type Derived = { nonMobile: boolean };
type PhaseId = 'safety' | 'presentation';

export const paediatricTriage: ProformaDefinition<PaediatricTriageAnswers, Derived, PhaseId> = {
  id: 'paediatric-triage',
  title: 'Paediatric safeguarding triage',
  purpose: 'stub',
  specVersion: '1',
  reviewStatus: 'draft',
  schema: paediatricTriageSchema,
  phases: [{ id: 'safety', title: 'Safety now' }, { id: 'presentation', title: 'Why they came' }],
  items: [
    { key: 'immediateDanger', code: 'B14', phase: 'safety', question: 'Is any child in immediate danger now?', type: 'yes-no', required: true },
    { key: 'injuryTypes', code: 'B7', phase: 'presentation', question: 'Kinds of injury', type: 'multi', required: true, options: [{ code: 'bruise-petechiae', label: 'Bruise' }, { code: 'other', label: 'Other' }], shownWhen: { op: 'derived', name: 'nonMobile' } },
  ],
  derive: ({ age, config }) => ({ nonMobile: age.months < config.nonMobileUnderMonths }),
  derivedReads: { nonMobile: [] },
  rules: [{ id: 'P-R1', evaluate: ({ answers }) => (answers.immediateDanger === 'yes' ? [firing('P-R1', 'EMERGENCY', ['POLICE_999'], 'A child is in immediate danger.')] : []) }],
  detail: ({ age }) => ({ ageYears: age.years }),
  ruleIds: ['P-R1'],
};
