/**
 * Test-only builders: hand-made assessments following the public contract (domain/README.md),
 * so the generator's tests never depend on the proformas' rule code. Synthetic people only.
 */
import type { Assessment } from '../../engine/assess.ts';
import type { EncounterAnswers, EncounterAssessment } from '../../engine/assessEncounter.ts';
import type { ActionCode } from '../../model/actions.ts';
import type { AssessmentContext } from '../../model/context.ts';
import { maxLevel, type Level } from '../../model/levels.ts';
import type { ProformaId } from '../../model/proforma.ts';
import { PLACEHOLDER } from '../format.ts';
import { canApprove, editDraft } from '../sensitivity.ts';
import type { DocumentDraft, DocumentInputs, DraftDocumentsInput } from '../types.ts';
import { draftDocuments } from '../which.ts';

export const form = (proforma: ProformaId, over: Partial<Assessment> = {}): Assessment => ({
  proforma,
  level: 'NO_CONCERN',
  actions: [],
  firedRules: [],
  detail: {},
  reasons: [],
  ...over,
});

/** An encounter from its forms: level = maximum, actions = union (as assessEncounter does). */
export const encounter = (...forms: Assessment[]): EncounterAssessment => {
  const byId: Partial<Record<ProformaId, Assessment>> = {};
  for (const f of forms) byId[f.proforma] = f;
  return {
    level: maxLevel(forms.map((f) => f.level)),
    actions: [...new Set(forms.flatMap((f) => f.actions))] as ActionCode[],
    forms: byId,
  };
};

export const context = (over: {
  dateOfBirth: string;
  sex: AssessmentContext['patient']['sex'];
  arrivedAt: string;
  departmentType?: AssessmentContext['attendance']['departmentType'];
  reasons?: AssessmentContext['attendance']['reasons'];
  priorAttendances?: AssessmentContext['priorAttendances'];
}): AssessmentContext => ({
  patient: { dateOfBirth: over.dateOfBirth, sex: over.sex },
  attendance: {
    arrivedAt: over.arrivedAt,
    providerId: 'RX1',
    departmentType: over.departmentType ?? '03',
    category: 'unplanned',
    ...(over.reasons ? { reasons: over.reasons } : {}),
  },
  ...(over.priorAttendances ? { priorAttendances: over.priorAttendances } : {}),
});

export const inputs = (
  patient: DocumentInputs['patient'],
  over: Partial<DocumentInputs> = {},
): DocumentInputs => ({
  patient,
  referrer: {
    name: 'Sam Carter',
    role: 'emergency nurse practitioner',
    service: 'Exampleton Minor Injury Unit',
    phone: '01632 960000',
    email: 'sam.carter@nhs.example',
  },
  site: { name: 'Exampleton Minor Injury Unit', odsCode: 'RX1AB', departmentType: '03' },
  directory: {
    mash: { name: 'Exampleton children’s front door', phone: '01632 960111' },
    emergencyDutyTeam: { name: 'Exampleton duty team', phone: '01632 960222' },
    police101: { name: 'Exampleton Police', phone: '101' },
    maracCoordinator: { name: 'Exampleton conference coordinator', email: 'coordinator@exampleton.example' },
    gpPractice: { name: 'Exampleton Health Centre' },
    healthVisiting: { name: 'Exampleton health visiting team' },
    schoolNursing: { name: 'Exampleton school nursing team' },
  },
  ...over,
});

export const draft = (input: DraftDocumentsInput, id: string): DocumentDraft => {
  const found = draftDocuments(input).find((d) => d.id === id);
  if (!found)
    throw new Error(
      `No draft ${id}; got ${draftDocuments(input)
        .map((d) => d.id)
        .join(', ')}`,
    );
  return found;
};

export const fieldText = (d: DocumentDraft, name: string): string | undefined =>
  d.fields.find((f) => f.name === name)?.text;

/** What a clinician writes over every placeholder, in plain words. */
export const fillPlaceholders = (d: DocumentDraft): DocumentDraft =>
  editDraft(d, {
    recipients: d.recipients.map((r) =>
      r.name.includes(PLACEHOLDER) ? { ...r, name: 'Exampleton team' } : r,
    ),
    fields: Object.fromEntries(
      d.fields
        .filter((f) => f.text.includes(PLACEHOLDER))
        .map((f) => [f.name, f.text.split(PLACEHOLDER).join('written by the clinician')]),
    ),
  });

/** Every draft of every fixture must pass the checker once the clinician fills the gaps. */
export const approvableOnceFilled = (d: DocumentDraft): boolean =>
  d.flags.length === 0 && canApprove(fillPlaceholders(d));

export type { EncounterAnswers, Level };
