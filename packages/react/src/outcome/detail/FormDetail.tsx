import type { ProformaId } from '@proformas/core';
import type { ComponentType } from 'react';
import { CseDetail } from './cse.tsx';
import { FgmDetail } from './fgm.tsx';
import { FrequentAttenderDetail } from './frequent-attender.tsx';
import { HiddenHarmDetail } from './hidden-harm.tsx';
import type { FormDetailProps } from './types.ts';

/** Each form's detail renderer, by proforma id (the triage's detail is its reasons and actions). */
export const FORM_DETAILS: Partial<Record<ProformaId, ComponentType<FormDetailProps>>> = {
  'hidden-harm': HiddenHarmDetail,
  cse: CseDetail,
  fgm: FgmDetail,
  'frequent-attender': FrequentAttenderDetail,
};

/** A form's `detail` on the outcome, picked by its proforma id; nothing for a form without one. */
export function FormDetail({ proforma, ...props }: FormDetailProps & { proforma: ProformaId }) {
  const Detail = FORM_DETAILS[proforma];
  return Detail ? <Detail {...props} /> : null;
}
