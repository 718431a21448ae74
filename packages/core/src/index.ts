// The public API of @proformas/core (domain/README.md "The public contract").
export {
  LEVELS,
  LEVEL_LABELS,
  LEVEL_MEANINGS,
  levelAtLeast,
  levelRank,
  maxLevel,
  type Level,
} from './model/levels.ts';
export { ACTION_CODES, ACTION_ORDER, sortActions, type ActionCode } from './model/actions.ts';
export { ageAt, describeAge, type Age } from './model/age.ts';
export {
  DEFAULT_CONFIG,
  resolveConfig,
  type SafeguardingConfig,
  type NumericConfigKey,
} from './model/config.ts';
export {
  ATTENDANCE_REASONS,
  type AssessmentContext,
  type AttendanceReason,
  type AttendanceRecord,
  type AttendanceOutcome,
  type AttendanceSource,
  type DepartmentType,
  type Sex,
} from './model/context.ts';
export {
  conditionBuilders,
  conditionReads,
  type Condition,
  type Operand,
  type Comparator,
} from './model/condition.ts';
export { evaluateCondition, isAnswered, type ConditionEnv } from './model/evaluate.ts';
export {
  optionsOf,
  YES_NO_OPTIONS,
  YES_NO_UNKNOWN_OPTIONS,
  type Item,
  type ItemOption,
  type ItemType,
  type GroupField,
} from './model/item.ts';
export {
  PROFORMA_IDS,
  type AnyProformaDefinition,
  type EncounterInputs,
  type Phase,
  type ProformaDefinition,
  type ProformaId,
} from './model/proforma.ts';
export { firing, runRules, type Firing, type Rule } from './model/rule.ts';
export { ProformaValidationError, type ValidationIssue } from './model/validation.ts';
export { evaluateProforma, type ProformaEvaluation } from './model/evaluateProforma.ts';
export { completionIssues } from './model/completion.ts';
export { itemsOnPage } from './model/phaseItems.ts';
export {
  createProformaMachine,
  flowStateOf,
  riskTags,
  type ProformaMachine,
  type ProformaMachineContext,
  type ProformaMachineEvent,
  type ProformaMachineInput,
} from './model/machine.ts';
export { PROFORMAS, getProforma } from './engine/registry.ts';
export { assess, evaluate, toAssessment, type Assessment } from './engine/assess.ts';
export {
  assessEncounter,
  combineEncounter,
  encounterInputsFor,
  type EncounterAnswers,
  type EncounterAssessment,
  type FormAssessor,
} from './engine/assessEncounter.ts';
export type { ProformaFixture } from './model/fixture.ts';
export { suggestProformas, type Suggestion } from './engine/suggestProformas.ts';
export { describeActions, type ActionItem } from './engine/describeActions.ts';
export { ACTION_LABELS, ACTION_TIMING } from './engine/actionLabels.ts';
export { machines, getMachine } from './engine/machines.ts';
// Named clinical scenarios: stories and UI tests are generated from them.
export { paediatricTriageFixtures } from './proformas/paediatric-triage/fixtures.ts';
export { paediatricTriage } from './proformas/paediatric-triage/definition.ts';
export { paediatricTriageMachine } from './proformas/paediatric-triage/machine.ts';
export { PROFORMA_TITLES } from './engine/proformaTitles.ts';
export { cse } from './proformas/cse/definition.ts';
export { cseMachine } from './proformas/cse/machine.ts';
export { cseFixtures } from './proformas/cse/fixtures.ts';
export { cseSchema, type CseAnswers } from './proformas/cse/schema.ts';
export { csePrefill, type CsePrefill } from './proformas/cse/prefill.ts';
export { SARC_LABELS as CSE_SARC_LABELS } from './proformas/cse/wording.ts';
export type { CseRisk } from './proformas/cse/types.ts';
export { fgm } from './proformas/fgm/definition.ts';
export { fgmMachine } from './proformas/fgm/machine.ts';
export { fgmFixtures } from './proformas/fgm/fixtures.ts';
export { fgmSchema, type FgmAnswers } from './proformas/fgm/schema.ts';
export { fgmPrefillFromTriage, fgmStartPhase } from './proformas/fgm/prefill.ts';
export type { S5bStatus, S5bReporter, FgmIsList } from './proformas/fgm/types.ts';
export { hiddenHarm } from './proformas/hidden-harm/definition.ts';
export { hiddenHarmMachine } from './proformas/hidden-harm/machine.ts';
export { hiddenHarmFixtures } from './proformas/hidden-harm/fixtures.ts';
export { hiddenHarmSchema, type HiddenHarmAnswers } from './proformas/hidden-harm/schema.ts';
export { HIDDEN_HARM_DASH_KEYS } from './proformas/hidden-harm/items.ts';
export {
  hiddenHarmLaunches,
  prefillPresentingReasons,
  type HiddenHarmLaunch,
} from './proformas/hidden-harm/launches.ts';
export type { HiddenHarmDerived, HouseholdFactor, MaracRoute } from './proformas/hidden-harm/types.ts';
export { frequentAttender } from './proformas/frequent-attender/definition.ts';
export {
  frequentAttenderMachine,
  frequentAttenderLookup,
  LOOKUP_RUNNING_STATUS,
  HISTORY_UNAVAILABLE_HEADING,
} from './proformas/frequent-attender/machine.ts';
export { frequentAttenderFixtures } from './proformas/frequent-attender/fixtures.ts';
export {
  frequentAttenderSchema,
  type FrequentAttenderAnswers,
} from './proformas/frequent-attender/schema.ts';
export { frequentAttenderPrefill, familyCountHint } from './proformas/frequent-attender/prefill.ts';
export { attendanceRecordSchema, readAttendanceRecords } from './proformas/frequent-attender/records.ts';
export type { FaLevel, FrequentAttenderDerived } from './proformas/frequent-attender/derived.ts';
export type { AttendanceCounts, PriorVisit } from './proformas/frequent-attender/visits.ts';
export {
  REGISTRY_LOOKUP_ACTOR,
  type LookupFailureReason,
  type RegistryLookupOptions,
  type RegistryLookupRequest,
  type RegistryLookupStatus,
} from './model/registryLookup.ts';
export type { ProformaMachineOptions } from './model/machine.ts';
// Referral and notification drafts (referrals.md), with the plain-language checks.
export {
  ABBREVIATIONS,
  DOSING_SHORTHAND,
  FIELD_CATALOGUE,
  PLACEHOLDER,
  SENSITIVITY_BANNER,
  canApprove,
  checkPlainLanguage,
  draftDocuments,
  editDraft,
  withSensitivity,
  type Abbreviation,
  type AddressedTo,
  type DirectoryContact,
  type DocumentDraft,
  type DocumentField,
  type DocumentInputs,
  type DocumentKind,
  type DraftChanges,
  type DraftDocumentsInput,
  type PlainLanguageFlag,
  type PlainLanguageOptions,
  type Recipient,
  type RecipientRole,
  type Sensitivity,
} from './documents/index.ts';
