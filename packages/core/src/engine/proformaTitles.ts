import type { ProformaId } from '../model/proforma.ts';

/**
 * Each form's title, without loading its definition: a page that embeds one form can name the
 * others (e.g. the triage's "other forms for this visit") and stay small. A test keeps these equal
 * to the definitions' titles.
 */
export const PROFORMA_TITLES: Record<ProformaId, string> = {
  'paediatric-triage': 'Paediatric safeguarding triage',
  'hidden-harm': 'Adult hidden harm and Think Family, with the DASH risk checklist',
  cse: 'Child sexual exploitation (CSE) traffic-light screen',
  fgm: 'FGM: female genital mutilation and the police-report duty',
  'frequent-attender': 'Frequent-attender check',
};
