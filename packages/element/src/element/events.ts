import type { ChangeDetail, CompleteDetail, ErrorDetail, EscalationDetail } from '../session/details.ts';

/** The element's events: each bubbles and crosses the shadow boundary (`composed`). */
export interface ProformaEventMap {
  'proforma-change': CustomEvent<ChangeDetail>;
  'proforma-escalation': CustomEvent<EscalationDetail>;
  'proforma-complete': CustomEvent<CompleteDetail>;
  'proforma-error': CustomEvent<ErrorDetail>;
}
export type ProformaEventName = keyof ProformaEventMap;

export const proformaEvent = <K extends ProformaEventName>(
  name: K,
  detail: ProformaEventMap[K]['detail'],
): ProformaEventMap[K] =>
  new CustomEvent(name, { detail, bubbles: true, composed: true }) as ProformaEventMap[K];
