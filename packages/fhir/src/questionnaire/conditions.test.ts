import type { ProformaId } from '@proformas/core';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from '../fhir/questionnaire.ts';
import { DEFAULT_BASE } from '../options.ts';
import { SDC_ENABLE_WHEN_EXPRESSION, VARIABLE } from '../terminology/systems.ts';
import { validQuestionnaire as toQuestionnaire } from '../test/valid.ts';

const questions = (items: readonly QuestionnaireItem[]): QuestionnaireItem[] =>
  items.flatMap((i) => (i.type === 'display' ? [] : [i, ...questions(i.item ?? [])]));
const byLinkId = (id: ProformaId) => new Map(questions(toQuestionnaire(id).item).map((i) => [i.linkId, i]));
const expressionOf = (item: QuestionnaireItem | undefined) =>
  item?.extension?.find((e) => e.url === SDC_ENABLE_WHEN_EXPRESSION)?.valueExpression?.expression;

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
