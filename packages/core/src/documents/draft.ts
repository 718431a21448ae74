import { fieldLabel, fieldOrder, type FieldName } from './catalogue.ts';
import { PLACEHOLDER, SENSITIVITY_BANNER } from './format.ts';
import { checkPlainLanguage } from './plainLanguage.ts';
import type {
  AddressedTo,
  DocumentDraft,
  DocumentField,
  DocumentKind,
  PlainLanguageFlag,
  Recipient,
} from './types.ts';

/**
 * Required: always; 'when-present': required whenever it applies (e.g. `whatWasSeen` "yes when
 * there are findings"): the builder returns no text when it does not apply.
 */
export type Requirement = boolean | 'when-present';

/**
 * A field of a document. A required field with no value holds the placeholder (referrals.md
 * "Missing values"); an optional field with no value is left out (undefined), never "N/A".
 */
export const makeField = <K extends DocumentKind>(
  kind: K,
  name: FieldName<K>,
  text: string | undefined,
  requirement: Requirement,
): DocumentField | undefined => {
  const label = fieldLabel(kind, name) ?? name;
  const value = text?.trim() ? text : undefined;
  const required = requirement === 'when-present' ? value !== undefined : requirement;
  if (value === undefined)
    return required ? { name, label, text: PLACEHOLDER, required, placeholder: true } : undefined;
  return { name, label, text: value, required, placeholder: value.includes(PLACEHOLDER) };
};

/** A field builder bound to one kind of document. */
export const fieldsOf =
  <K extends DocumentKind>(kind: K) =>
  (name: FieldName<K>, text: string | undefined, requirement: Requirement): DocumentField | undefined =>
    makeField(kind, name, text, requirement);

export interface DraftSpec {
  id: string;
  kind: DocumentKind;
  title: string;
  recipients: readonly Recipient[];
  /** Why the sensitivity applies; empty when it does not. */
  sensitivityReasons: readonly string[];
  addressedTo?: AddressedTo;
  fields: readonly (DocumentField | undefined)[];
}

interface Rendered {
  text: string;
  spans: { field: string; from: number; to: number }[];
}

/** The whole draft as plain text with markdown-ish headings (as referrals.md §6). */
const render = (title: string, sensitive: boolean, fields: readonly DocumentField[]): Rendered => {
  let text = sensitive ? `*${SENSITIVITY_BANNER}*\n\n` : '';
  text += `**${title}**\n\n`;
  const spans: Rendered['spans'] = [];
  for (const field of fields) {
    const from = text.length;
    text += field.text.includes('\n')
      ? `**${field.label}.**\n${field.text}\n\n`
      : `**${field.label}.** ${field.text}\n\n`;
    spans.push({ field: field.name, from, to: text.length });
  }
  return { text: text.trimEnd() + '\n', spans };
};

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

/** Build the frozen draft: text, flags (with their field) and sensitivity. */
export const assemble = (spec: DraftSpec): DocumentDraft => {
  const fields = spec.fields
    .filter((f): f is DocumentField => f !== undefined)
    .sort((x, y) => fieldOrder(spec.kind, x.name) - fieldOrder(spec.kind, y.name));
  const sensitive = spec.sensitivityReasons.length > 0;
  const { text, spans } = render(spec.title, sensitive, fields);
  const flags: PlainLanguageFlag[] = checkPlainLanguage(text, { addressedTo: spec.addressedTo }).map(
    (flag) => {
      const span = spans.find((s) => flag.index >= s.from && flag.index < s.to);
      return span ? { ...flag, field: span.field } : flag;
    },
  );
  return deepFreeze<DocumentDraft>({
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    recipients: spec.recipients,
    ...(sensitive ? { sensitivity: 'safeguarding-third-party' as const } : {}),
    sensitivityReasons: [...spec.sensitivityReasons],
    ...(spec.addressedTo ? { addressedTo: spec.addressedTo } : {}),
    fields,
    text,
    flags,
  });
};

/** The spec of an existing draft, to re-assemble it after an edit. */
export const specOf = (draft: DocumentDraft): DraftSpec => ({
  id: draft.id,
  kind: draft.kind,
  title: draft.title,
  recipients: draft.recipients,
  sensitivityReasons: draft.sensitivityReasons,
  ...(draft.addressedTo ? { addressedTo: draft.addressedTo } : {}),
  fields: draft.fields,
});
