import { levelAtLeast } from '../model/levels.ts';
import { fieldLabel } from './catalogue.ts';
import { assemble, specOf } from './draft.ts';
import type { DraftEnv } from './env.ts';
import { PLACEHOLDER } from './format.ts';
import { checkPlainLanguage } from './plainLanguage.ts';
import type { DocumentDraft, DocumentField, DocumentKind, DraftChanges } from './types.ts';

export const REASON_HIDDEN_HARM =
  'Drafted from a hidden-harm form, or from a triage launched from one: it holds an adult’s disclosures about other people.';
export const REASON_LEVEL = 'A letter to the GP, health visitor or school nurse at level NOTIFY or above.';
export const REASON_CONFIDENTIAL = 'A confidential sexual-health letter.';
export const REASON_DRAFTER = 'Added by the drafter.';

/**
 * domain/README.md "Sensitivity of letters and referrals" and referrals.md §4: why a document must
 * carry `safeguarding-third-party` (empty: it need not, though the drafter may add it).
 */
export const requiredSensitivity = (
  env: DraftEnv,
  kind: DocumentKind,
  options: { confidential?: boolean } = {},
): string[] => {
  const reasons: string[] = [];
  if (env.fromHiddenHarm) reasons.push(REASON_HIDDEN_HARM);
  if (kind === 'notification' && levelAtLeast(env.level, 'NOTIFY')) reasons.push(REASON_LEVEL);
  if (kind === 'notification' && options.confidential) reasons.push(REASON_CONFIDENTIAL);
  return reasons;
};

/** The drafter adds the sensitivity to any document (a no-op when it is already set). */
export const withSensitivity = (draft: DocumentDraft): DocumentDraft =>
  draft.sensitivity ? draft : assemble({ ...specOf(draft), sensitivityReasons: [REASON_DRAFTER] });

const editedField = (kind: DocumentKind, existing: DocumentField | undefined, name: string, text: string) => {
  const label = existing?.label ?? fieldLabel(kind, name);
  if (label === undefined) throw new Error(`A ${kind} has no field "${name}".`);
  const required = existing?.required ?? false;
  if (text.trim() === '')
    return required ? { name, label, text: PLACEHOLDER, required, placeholder: true } : undefined;
  return { name, label, text, required, placeholder: text.includes(PLACEHOLDER) };
};

/**
 * Apply the drafter's edits. Field texts are replaced exactly as typed (an emptied required field
 * shows the placeholder again; an emptied optional one is left out; a catalogue field not yet in
 * the draft is added). The sensitivity can be added but never removed: a change without it, or
 * with it undefined, keeps it (the draft object itself is frozen). Recipients' details can be
 * filled in, but not who receives the document.
 */
export const editDraft = (draft: DocumentDraft, changes: DraftChanges): DocumentDraft => {
  const edits = changes.fields ?? {};
  const fields = draft.fields
    .map((f) => (f.name in edits ? editedField(draft.kind, f, f.name, edits[f.name] ?? '') : f))
    .filter((f): f is DocumentField => f !== undefined);
  for (const [name, text] of Object.entries(edits)) {
    if (draft.fields.some((f) => f.name === name)) continue;
    const added = editedField(draft.kind, undefined, name, text);
    if (added) fields.push(added);
  }
  const recipients = changes.recipients ?? draft.recipients;
  const roles = (list: readonly { role: string }[]): string => list.map((r) => r.role).join(',');
  // SAFER READING: who receives a document follows the rules (e.g. GP only); the drafter fills in details.
  if (roles(recipients) !== roles(draft.recipients))
    throw new Error('The recipients of a draft cannot be changed.');
  const keep = draft.sensitivity !== undefined || changes.sensitivity === 'safeguarding-third-party';
  const reasons =
    draft.sensitivityReasons.length > 0 ? draft.sensitivityReasons : keep ? [REASON_DRAFTER] : [];
  return assemble({ ...specOf(draft), recipients, fields, sensitivityReasons: reasons });
};

/**
 * referrals.md §5: a draft can be approved only when no required field holds the placeholder, no
 * recipient is missing and no plain-language flag remains (re-checked here, not trusted).
 */
export const canApprove = (draft: DocumentDraft): boolean =>
  !draft.fields.some((f) => f.required && (f.placeholder || f.text.includes(PLACEHOLDER))) &&
  !draft.text.includes(PLACEHOLDER) &&
  !draft.recipients.some((r) => r.name.includes(PLACEHOLDER)) &&
  draft.flags.length === 0 &&
  checkPlainLanguage(draft.text, { addressedTo: draft.addressedTo }).length === 0;
