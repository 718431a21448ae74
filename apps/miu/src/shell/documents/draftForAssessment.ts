import { draftDocuments, PLACEHOLDER, type DocumentDraft } from '@proformas/core';
import type { DocumentDraftBody } from '../api/documents.ts';
import type { Me, Patient, SignedAssessment, Site } from '../api/types.ts';
import { fullName } from '../components/format.ts';
import { stableUuid } from './stableId.ts';

/**
 * The referral and notification drafts core's generator writes for a signed assessment
 * (referrals.md §1–§4), ready to store. Contacts this demo does not hold (the referrer's phone and
 * email, the MASH and other directory entries) stay as the placeholder, which the server refuses
 * to send, so the clinician must fill them in.
 */
export const draftsForAssessment = (
  assessment: SignedAssessment,
  patient: Patient,
  site: Site,
  me: Me,
): DocumentDraft[] =>
  draftDocuments({
    answers: assessment.answers,
    context: assessment.context,
    assessment: assessment.result,
    inputs: {
      patient: {
        fullName: fullName(patient),
        ...(patient.nhsNumber ? { nhsNumber: patient.nhsNumber } : {}),
        ...(patient.address ? { address: patient.address } : {}),
      },
      referrer: {
        name: assessment.signedBy.name,
        role: assessment.signedBy.role || me.user.professionalRole,
        service: site.name,
        // SAFER READING: contacts the demo does not hold stay as the placeholder, never made up.
        phone: PLACEHOLDER,
        email: PLACEHOLDER,
      },
      site: { name: site.name, odsCode: site.id, departmentType: site.departmentType },
      directory: patient.gpPractice ? { gpPractice: { name: patient.gpPractice } } : {},
    },
  });

/** A generated draft as the server stores it, with an id stable for this assessment. */
export const toStored = async (
  draft: DocumentDraft,
  assessment: SignedAssessment,
): Promise<{ id: string; body: DocumentDraftBody }> => ({
  id: await stableUuid(`${assessment.id}:${draft.id}`),
  body: {
    attendanceId: assessment.attendanceId,
    assessmentId: assessment.id,
    kind: draft.kind,
    recipient: draft.recipients.map((r) => r.name).join('; '),
    title: draft.title,
    text: draft.text,
    sensitivity: draft.sensitivity ?? null,
    metadata: { draftId: draft.id, sensitivityReasons: [...draft.sensitivityReasons] },
  },
});
