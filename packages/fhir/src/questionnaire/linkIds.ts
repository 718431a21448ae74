import {
  getProforma,
  type AnyProformaDefinition,
  type GroupField,
  type Item,
  type ItemType,
  type ProformaId,
} from '@proformas/core';

/** An item or a group field with its FHIR linkId. */
export interface LinkedField {
  field: GroupField;
  linkId: string;
}

export interface LinkedItem {
  item: Item;
  linkId: string;
  /** Position in the proforma's item list (enableWhen reads earlier items only). */
  index: number;
  fields: readonly LinkedField[];
}

export interface ProformaIndex {
  id: ProformaId;
  definition: AnyProformaDefinition;
  items: readonly LinkedItem[];
  byKey: ReadonlyMap<string, LinkedItem>;
  /** Top-level items by linkId. */
  byLinkId: ReadonlyMap<string, LinkedItem>;
  /** Every linkId: items, then each group's fields (a test checks they are unique). */
  linkIds: readonly string[];
}

/**
 * coding.md §2.2: linkId = the item code; a group field uses its own code. Should two keys ever
 * share a code, each of them gets `<code>-<key>` instead, so each key has exactly one linkId.
 */
const assignLinkIds = (definition: AnyProformaDefinition): LinkedItem[] => {
  const codes = definition.items.flatMap((item) => [item.code, ...(item.fields ?? []).map((f) => f.code)]);
  const count = new Map<string, number>();
  for (const code of codes) count.set(code, (count.get(code) ?? 0) + 1);
  const linkIdOf = (code: string, key: string) => ((count.get(code) ?? 0) > 1 ? `${code}-${key}` : code);
  return definition.items.map((item, index) => ({
    item,
    index,
    linkId: linkIdOf(item.code, item.key),
    fields: (item.fields ?? []).map((field) => ({
      field,
      linkId: linkIdOf(field.code, `${item.key}.${field.key}`),
    })),
  }));
};

const cache = new Map<ProformaId, ProformaIndex>();

/** The proforma's items with their linkIds, looked up by key and by linkId. */
export const proformaIndex = (id: ProformaId): ProformaIndex => {
  const known = cache.get(id);
  if (known) return known;
  const definition = getProforma(id);
  const items = assignLinkIds(definition);
  const index: ProformaIndex = {
    id,
    definition,
    items,
    byKey: new Map(items.map((linked) => [linked.item.key, linked])),
    byLinkId: new Map(items.map((linked) => [linked.linkId, linked])),
    linkIds: [...items.map((l) => l.linkId), ...items.flatMap((l) => l.fields.map((f) => f.linkId))],
  };
  cache.set(id, index);
  return index;
};

/** What an item or a field is answered with: the parts of Item that the mapping reads. */
export type Answerable = Pick<Item, 'type' | 'options' | 'min' | 'max'> & { type: ItemType };
