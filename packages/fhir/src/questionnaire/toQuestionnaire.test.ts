import { PROFORMA_IDS, getProforma, optionsOf, type ProformaId } from '@proformas/core';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from '../fhir/questionnaire.ts';
import { DEFAULT_BASE } from '../options.ts';
import { SDC_ENABLE_WHEN_EXPRESSION } from '../terminology/systems.ts';
import { fhirSchemaErrors } from '../test/schema.ts';
import { proformaIndex } from './linkIds.ts';
import { validQuestionnaire as toQuestionnaire } from '../test/valid.ts';

const questions = (items: readonly QuestionnaireItem[]): QuestionnaireItem[] =>
  items.flatMap((i) => (i.type === 'display' ? [] : [i, ...questions(i.item ?? [])]));
const byLinkId = (id: ProformaId) => new Map(questions(toQuestionnaire(id).item).map((i) => [i.linkId, i]));
const expressionOf = (item: QuestionnaireItem | undefined) =>
  item?.extension?.find((e) => e.url === SDC_ENABLE_WHEN_EXPRESSION)?.valueExpression?.expression;

describe.each(PROFORMA_IDS)('the %s Questionnaire', (id) => {
  const q = toQuestionnaire(id);
  const definition = getProforma(id);
  const items = byLinkId(id);

  it('validates against the FHIR R4 schema and names the UK Core profile', () => {
    expect(fhirSchemaErrors(q)).toEqual([]);
    expect(q.meta?.profile).toEqual(['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Questionnaire']);
  });

  it('has the canonical url, the rule-set version, draft status and a Patient subject', () => {
    expect(q.url).toBe(`${DEFAULT_BASE}/Questionnaire/${id}`);
    expect(q.version).toBe(definition.specVersion);
    expect(q.status).toBe(definition.reviewStatus === 'clinically-reviewed' ? 'active' : 'draft');
    expect(q.subjectType).toEqual(['Patient']);
  });

  it('gives every linkId once (hint display items included)', () => {
    const all = (list: readonly QuestionnaireItem[]): string[] =>
      list.flatMap((i) => [i.linkId, ...all(i.item ?? [])]);
    const linkIds = all(q.item);
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  it('has one item per key, linkId = code, prefix = code, text = question', () => {
    expect(q.item.map((i) => i.linkId)).toEqual(
      definition.items.map((i) => proformaIndex(id).byKey.get(i.key)?.linkId),
    );
    for (const item of definition.items) {
      const fhir = items.get(item.code);
      expect(fhir, item.code).toMatchObject({ linkId: item.code, prefix: item.code, text: item.question });
      for (const field of item.fields ?? []) {
        expect(items.get(field.code), field.code).toMatchObject({ prefix: field.code, text: field.question });
      }
    }
  });

  it('offers exactly the engine options, coded in the item or yes-no-unknown system', () => {
    for (const linked of proformaIndex(id).items) {
      const answerables = [
        { a: linked.item, linkId: linked.linkId },
        ...linked.fields.map((f) => ({ a: f.field, linkId: f.linkId })),
      ];
      for (const { a, linkId } of answerables) {
        const fhir = items.get(linkId);
        const coded = fhir?.answerOption?.map((o) => o.valueCoding.code).filter((c) => c !== 'none-ticked');
        if (a.type === 'yes-no-unknown' || a.type === 'choice' || a.type === 'multi') {
          expect(coded, linkId).toEqual(optionsOf(a).map((o) => o.code));
          const system = a.type === 'yes-no-unknown' ? 'yes-no-unknown' : `${id}-${linkId}`;
          expect(fhir?.answerOption?.[0]?.valueCoding.system).toBe(`${DEFAULT_BASE}/CodeSystem/${system}`);
        } else expect(fhir?.answerOption, linkId).toBeUndefined();
      }
    }
  });

  it('maps types, required (always-required only) and repeats as coding.md §2.2 says', () => {
    const expected = {
      'yes-no': 'boolean',
      'yes-no-unknown': 'choice',
      choice: 'choice',
      multi: 'choice',
      text: 'text',
      integer: 'integer',
      date: 'date',
      'date-time': 'dateTime',
      group: 'group',
    } as const;
    for (const item of definition.items) {
      const fhir = items.get(item.code);
      expect(fhir?.type, item.code).toBe(expected[item.type]);
      expect(fhir?.required ?? false, item.code).toBe(item.required === true);
      expect(fhir?.repeats ?? false, item.code).toBe(item.type === 'multi' || item.type === 'group');
      for (const field of item.fields ?? []) {
        const type = field.type === 'text' ? 'string' : expected[field.type];
        expect(items.get(field.code)?.type, field.code).toBe(type);
      }
    }
  });

  it('states every shown-when condition once: enableWhen or an expression, never both', () => {
    for (const linked of proformaIndex(id).items) {
      const pairs = [
        { condition: linked.item.shownWhen, linkId: linked.linkId },
        ...linked.fields.map((f) => ({ condition: f.field.shownWhen, linkId: f.linkId })),
      ];
      for (const { condition, linkId } of pairs) {
        const fhir = items.get(linkId);
        const stated = [fhir?.enableWhen !== undefined, expressionOf(fhir) !== undefined].filter(
          Boolean,
        ).length;
        expect(stated, linkId).toBe(condition ? 1 : 0);
        if ((fhir?.enableWhen?.length ?? 0) > 1) expect(fhir?.enableBehavior, linkId).toMatch(/^(all|any)$/);
      }
    }
  });
});
