// The document generator (referrals.md): drafts of the MASH and MARAC referrals, the FGM police
// report and the GP / health visitor / school nurse notification, with the plain-language checks.
export { draftDocuments } from './which.ts';
export { checkPlainLanguage, type PlainLanguageOptions } from './plainLanguage.ts';
export { canApprove, editDraft, withSensitivity } from './sensitivity.ts';
export { FIELD_CATALOGUE } from './catalogue.ts';
export { PLACEHOLDER, SENSITIVITY_BANNER } from './format.ts';
export { ABBREVIATIONS, DOSING_SHORTHAND, type Abbreviation } from './abbreviations.ts';
export type {
  AddressedTo,
  DirectoryContact,
  DocumentDraft,
  DocumentField,
  DocumentInputs,
  DocumentKind,
  DraftChanges,
  DraftDocumentsInput,
  PlainLanguageFlag,
  Recipient,
  RecipientRole,
  Sensitivity,
} from './types.ts';
