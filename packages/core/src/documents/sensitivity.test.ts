import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, SENSITIVITY_BANNER } from './format.ts';
import { canApprove, editDraft, REASON_DRAFTER, withSensitivity } from './sensitivity.ts';
import { exampleA, leoTriage } from './testing/exampleA.ts';
import { draft, fieldText, fillPlaceholders } from './testing/fixtures.ts';
import { hiddenHarmVisit } from './testing/hiddenHarm.ts';

const sensitiveLetter = () => draft(hiddenHarmVisit(), 'notification-patient');
const plainReferral = () => draft(exampleA(), 'mash-referral');

describe('domain/README.md "Sensitivity of letters and referrals": added, never removed', () => {
  it('the drafter may add it to any document; it is printed at the top and recorded why', () => {
    const added = withSensitivity(plainReferral());
    expect(plainReferral().sensitivity).toBeUndefined();
    expect(added.sensitivity).toBe('safeguarding-third-party');
    expect(added.sensitivityReasons).toEqual([REASON_DRAFTER]);
    expect(added.text.startsWith(`*${SENSITIVITY_BANNER}*`)).toBe(true);
    expect(withSensitivity(added)).toBe(added);
    expect(editDraft(plainReferral(), { sensitivity: 'safeguarding-third-party' }).sensitivity).toBe(
      'safeguarding-third-party',
    );
  });

  it('an edit never removes it: neither an explicit undefined nor an edit without it', () => {
    const required = sensitiveLetter();
    expect(editDraft(required, { sensitivity: undefined }).sensitivity).toBe('safeguarding-third-party');
    const edited = editDraft(required, { fields: { request: 'Please see Jess soon, alone.' } });
    expect(edited.sensitivity).toBe('safeguarding-third-party');
    expect(edited.sensitivityReasons).toEqual(required.sensitivityReasons);
    expect(edited.text.startsWith(`*${SENSITIVITY_BANNER}*`)).toBe(true);
    const added = withSensitivity(plainReferral());
    expect(
      editDraft(added, { sensitivity: undefined, fields: { strengths: 'None identified.' } }).sensitivity,
    ).toBe('safeguarding-third-party');
  });

  it('a draft is frozen: assigning or deleting the sensitivity fails', () => {
    const d = sensitiveLetter();
    expect(Reflect.set(d, 'sensitivity', undefined)).toBe(false);
    expect(Reflect.deleteProperty(d, 'sensitivity')).toBe(false);
    expect(() => Object.assign(d, { sensitivity: undefined })).toThrow(TypeError);
    expect(Reflect.set(d.fields[0] ?? {}, 'text', 'changed')).toBe(false);
    expect(d.sensitivity).toBe('safeguarding-third-party');
  });

  it('who receives a document cannot be changed by an edit (GP only stays GP only)', () => {
    const d = sensitiveLetter();
    expect(() =>
      editDraft(d, { recipients: [...d.recipients, { role: 'health-visitor', name: 'A team' }] }),
    ).toThrow('The recipients of a draft cannot be changed.');
    const renamed = editDraft(d, { recipients: [{ role: 'gp', name: 'Riverside Surgery' }] });
    expect(renamed.recipients).toEqual([{ role: 'gp', name: 'Riverside Surgery' }]);
  });
});

describe('referrals.md "Missing values" and §5: placeholders block approval', () => {
  it('a missing required value shows exactly the placeholder and blocks approval until replaced', () => {
    const input = exampleA();
    const noAddress = {
      ...input,
      inputs: { ...input.inputs, patient: { ...input.inputs.patient, address: '' } },
    };
    const d = draft(noAddress, 'mash-referral');
    expect(fieldText(d, 'child')).toContain(`Address: ${PLACEHOLDER}.`);
    expect(d.fields.find((f) => f.name === 'child')?.placeholder).toBe(true);
    const filled = fillPlaceholders(d);
    expect(canApprove(filled)).toBe(true);
    const emptied = editDraft(filled, { fields: { strengths: '  ' } });
    expect(fieldText(emptied, 'strengths')).toBe(PLACEHOLDER);
    expect(canApprove(emptied)).toBe(false);
  });

  it('optional fields with no value are left out, never "N/A"', () => {
    const d = draft(exampleA({ ...leoTriage, disclosedAbuse: 'no' }), 'mash-referral');
    expect(d.fields.some((f) => f.name === 'whatWasHeard')).toBe(false);
    expect(d.text).not.toMatch(/N\/A|not applicable/i);
    const withHeard = editDraft(d, { fields: { whatWasHeard: 'His mother said he fell.' } });
    expect(withHeard.fields.map((f) => f.name).indexOf('whatWasHeard')).toBe(
      withHeard.fields.map((f) => f.name).indexOf('whatWasSeen') + 1,
    );
    expect(
      editDraft(withHeard, { fields: { whatWasHeard: '' } }).fields.some((f) => f.name === 'whatWasHeard'),
    ).toBe(false);
    expect(() => editDraft(d, { fields: { noSuchField: 'x' } })).toThrow(
      'A mash-referral has no field "noSuchField".',
    );
  });

  it('a remaining flag blocks approval, and the flag names its field', () => {
    const filled = fillPlaceholders(plainReferral());
    const jargon = editDraft(filled, { fields: { strengths: 'Mum engaged well with the HV.' } });
    expect(jargon.flags.map((f) => [f.word, f.field])).toEqual([['HV', 'strengths']]);
    expect(canApprove(jargon)).toBe(false);
    expect(
      canApprove(
        editDraft(jargon, { fields: { strengths: 'His mother works well with the health visitor.' } }),
      ),
    ).toBe(true);
  });

  it('a missing recipient blocks approval until filled in', () => {
    const input = exampleA();
    const noMash = { ...input, inputs: { ...input.inputs, directory: {} } };
    const d = draft(noMash, 'mash-referral');
    expect(d.recipients).toEqual([{ role: 'mash', name: PLACEHOLDER }]);
    const fieldsFilled = editDraft(d, {
      fields: Object.fromEntries(d.fields.filter((f) => f.placeholder).map((f) => [f.name, 'Written.'])),
    });
    expect(canApprove(fieldsFilled)).toBe(false);
    expect(canApprove(fillPlaceholders(fieldsFilled))).toBe(true);
  });
});
