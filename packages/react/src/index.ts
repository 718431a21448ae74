// The public API of @proformas/react.
export { CheckboxesField } from './fields/CheckboxesField.tsx';
export { toggleOption } from './fields/toggleOption.ts';
export { DateField } from './fields/DateField.tsx';
export { DateTimeField } from './fields/DateTimeField.tsx';
export {
  dateFromParts,
  dateTimeFromParts,
  isIsoDate,
  isIsoDateTime,
  londonIso,
  partsFromDate,
  partsFromDateTime,
} from './fields/dateParts.ts';
export { ErrorMessage } from './fields/ErrorMessage.tsx';
export type { BaseFieldProps, ValueProps } from './fields/fieldProps.ts';
export { IntegerField, parseInteger } from './fields/IntegerField.tsx';
export { ItemField, type ItemFieldProps } from './fields/ItemField.tsx';
export { RadiosField } from './fields/RadiosField.tsx';
export { RepeatingGroupField, type GroupRow } from './fields/RepeatingGroupField.tsx';
export { TextareaField } from './fields/TextareaField.tsx';
export { TextInputField } from './fields/TextInputField.tsx';
export { formatIssue } from './errors/answerFormat.ts';
export { ErrorSummary, focusField, type ErrorSummaryItem } from './errors/ErrorSummary.tsx';
export { ActionTaskList } from './outcome/ActionTaskList.tsx';
export { LevelCard } from './outcome/LevelCard.tsx';
export { OutcomePanel, type OutcomePanelProps, type SignedOff } from './outcome/OutcomePanel.tsx';
export { ReasonList } from './outcome/ReasonList.tsx';
export { SignOffForm } from './outcome/SignOffForm.tsx';
export { CheckYourAnswers } from './runner/CheckYourAnswers.tsx';
export { EmergencyCard } from './runner/EmergencyCard.tsx';
export { emergencyDetails } from './runner/emergencyDetails.ts';
export { formatAnswer, formatDate, formatDateTime } from './runner/formatAnswer.ts';
export { LevelBanner } from './runner/LevelBanner.tsx';
export { PhaseList } from './runner/PhaseList.tsx';
export { ProformaFlow, type PhaseExtras, type ProformaFlowProps } from './runner/ProformaFlow.tsx';
export { ProformaRunner, type ProformaRunnerProps } from './runner/ProformaRunner.tsx';
export { SavedStatus } from './runner/SavedStatus.tsx';
export {
  PaediatricTriageForm,
  type PaediatricTriageFormProps,
} from './proformas/paediatric-triage/PaediatricTriageForm.tsx';
export { clearDraft, draftKey, type DraftStorage } from './state/persistence.ts';
export type { ProformaActor, ProformaSnapshot } from './state/proformaActor.ts';
export {
  useProforma,
  useProformaActor,
  type UseProformaOptions,
  type UseProformaResult,
} from './state/useProforma.ts';
export { HiddenHarmForm, type HiddenHarmFormProps } from './proformas/hidden-harm/HiddenHarmForm.tsx';
export { CseForm, type CseFormProps } from './proformas/cse/CseForm.tsx';
export { FgmForm, type FgmFormProps } from './proformas/fgm/FgmForm.tsx';
export {
  FrequentAttenderForm,
  type FrequentAttenderFormProps,
} from './proformas/frequent-attender/FrequentAttenderForm.tsx';
export type { AttendanceLookup } from './proformas/frequent-attender/frequentAttenderLookup.ts';
export { EncounterView, type EncounterViewProps } from './encounter/EncounterView.tsx';
export type { EncounterOutcome, FormRecord, FormRecords } from './encounter/encounterRecords.ts';
export type { EncounterLinkProps, FormProgress } from './encounter/formProgress.ts';
export { FormDetail, FORM_DETAILS } from './outcome/detail/FormDetail.tsx';
export type { FormDetailProps } from './outcome/detail/types.ts';
export { HiddenHarmDetail } from './outcome/detail/hidden-harm.tsx';
export { CseDetail } from './outcome/detail/cse.tsx';
export { FgmDetail } from './outcome/detail/fgm.tsx';
export { FrequentAttenderDetail } from './outcome/detail/frequent-attender.tsx';
export { PriorVisitsByProvider } from './outcome/detail/PriorVisitsByProvider.tsx';
