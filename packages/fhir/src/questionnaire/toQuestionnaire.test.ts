import { PROFORMA_IDS, getProforma, optionsOf, type ProformaId } from '@proformas/core';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from '../fhir/questionnaire.ts';
import { DEFAULT_BASE } from '../options.ts';
import { SDC_ENABLE_WHEN_EXPRESSION, VARIABLE } from '../terminology/systems.ts';
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

describe('conditions in the generated Questionnaires', () => {
  const triage = byLinkId('paediatric-triage');
  const hiddenHarm = byLinkId('hidden-harm');
  const fgm = byLinkId('fgm');

  it('an answer to an earlier item becomes enableWhen (B14.3: shown when B14.2 = yes)', () => {
    expect(triage.get('B14.3')?.enableWhen).toEqual([
      { question: 'B14.2', operator: '=', answerBoolean: true },
    ]);
    expect(triage.get('B14.3')?.enableBehavior).toBeUndefined();
    expect(triage.get('A6.1')?.enableWhen).toEqual([
      {
        question: 'A6',
        operator: '=',
        answerCoding: { system: `${DEFAULT_BASE}/CodeSystem/yes-no-unknown`, code: 'yes' },
      },
    ]);
  });

  it('oneOf becomes several = clauses with enableBehavior any (H4c inside the H1a row)', () => {
    const h4c = hiddenHarm.get('H4c');
    expect(h4c?.enableBehavior).toBe('any');
    expect(h4c?.enableWhen?.map((e) => e.answerCoding?.code)).toEqual([
      'other-parent',
      'relative',
      'friend',
      'childcare-school',
    ]);
    expect(h4c?.enableWhen?.every((e) => e.question === 'H4b' && e.operator === '=')).toBe(true);
  });

  it('age, config, sex, derived values, level and not become a FHIRPath enableWhenExpression', () => {
    expect(expressionOf(triage.get('B11'))).toBe('iif(%ageYears >= 8, true, false)');
    expect(expressionOf(triage.get('B6'))).toContain('%ageMonths >= %nonMobileUnderMonths');
    expect(expressionOf(triage.get('A7.1'))).toBe("(%sex in ('female' | 'indeterminate' | 'unknown'))");
    expect(expressionOf(triage.get('E3'))).toBe("(%level in ('DISCUSS' | 'REFER' | 'EMERGENCY'))");
    expect(expressionOf(triage.get('B14.1'))).toContain('(%derived_referConcern = true)');
    expect(expressionOf(triage.get('A3.1'))).toContain(".where(code = 'alone').exists().not()");
  });

  it('answered on a multi item is an expression (an answered empty list is a none-ticked coding)', () => {
    expect(expressionOf(triage.get('B8'))).toBe(
      `%resource.item.where(linkId = 'B7').answer.value.where(system = '${DEFAULT_BASE}/CodeSystem/paediatric-triage-B7').exists()`,
    );
  });

  it('a row field expression reads its own row through %row, declared on the group', () => {
    expect(expressionOf(fgm.get('F15a'))).toBe(
      "%resource.item.where(linkId = 'F15d.regulator').answer.value.where(code = 'not-regulated').exists().not()".replace(
        '%resource',
        '%row',
      ),
    );
    expect(fgm.get('F15d')?.extension?.[0]).toEqual({
      url: VARIABLE,
      valueExpression: { name: 'row', language: 'text/fhirpath', expression: '%context' },
    });
  });

  it('declares the config thresholds it reads with their values, a site override included', () => {
    const variable = (config?: { nonMobileUnderMonths: number }) =>
      toQuestionnaire('paediatric-triage', config ? { config } : {}).extension?.find(
        (e) => e.url === VARIABLE && e.valueExpression?.name === 'nonMobileUnderMonths',
      )?.valueExpression?.expression;
    expect(variable()).toBe('6');
    expect(variable({ nonMobileUnderMonths: 9 })).toBe('9');
  });

  it('builds every url from the configured base', () => {
    const q = toQuestionnaire('cse', { base: 'https://fhir.example.nhs.uk/safeguarding/' });
    expect(q.url).toBe('https://fhir.example.nhs.uk/safeguarding/Questionnaire/cse');
    expect(JSON.stringify(q)).not.toContain(DEFAULT_BASE);
  });

  it('codes the FGM-IS and CP-IS questions with their SNOMED CT concepts', () => {
    expect(triage.get('A7.1')?.code?.[0]?.code).toBe('902961000000107');
    expect(triage.get('A7')?.code?.[0]?.code).toBe('224353004');
    expect(fgm.get('F0')?.code?.[0]?.code).toBe('902961000000107');
  });

  it('the frequent-attender Questionnaire is stable (snapshot, beside the value checks above)', () => {
    expect(toQuestionnaire('frequent-attender')).toMatchSnapshot();
  });
});
