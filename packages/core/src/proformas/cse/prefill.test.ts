import { describe, expect, it } from 'vitest';
import { cseSchema } from './schema.ts';
import { csePrefill } from './prefill.ts';

// cse.md "Triggers › Prefill": S7 from B12.1, M1 / M5 / M10 from D3.1a / B16 / D3.1b, S16 from
// E2.2; the G3 prompt from A10 (G3 is never prefilled).

describe('csePrefill', () => {
  it('S7 from B12.1, same codes, pregnancy → pregnancy-test', () => {
    const { answers } = csePrefill({
      sexualHealthOrAssault: 'yes',
      sexualHealthNeeds: ['pregnancy', 'sti', 'genital-anal-symptoms'],
    });
    expect(answers.screenReasons).toEqual(['pregnancy-test', 'sti', 'genital-anal-symptoms']);
  });
  it('any other launch prefills other-concern; M1, M5, M10 from D3.1a, B16 older associates, D3.1b', () => {
    const { answers } = csePrefill({
      missingFromHomeOrCare: 'yes',
      exploitationSigns: ['older-associates', 'far-from-home'],
      notInEducation: 'yes',
    });
    expect(answers).toEqual({
      screenReasons: ['other-concern'],
      goingMissing: 'yes',
      olderAssociatesOrGangs: 'yes',
      excludedOrNotInEducation: 'yes',
    });
  });
  it('a sexual-health attendance without B12.1 codes leaves S7 for the clinician (safer reading)', () => {
    expect(csePrefill({}, ['sexual-health']).answers.screenReasons).toBeUndefined();
  });
  it('S16 from E2.2 (same codes), so the young person is asked once', () => {
    expect(csePrefill({ youngPersonSharingView: 'objects' }).answers.youngPersonSharingView).toBe('objects');
    expect(csePrefill({ youngPersonSharingView: 'perhaps' }).answers).not.toHaveProperty(
      'youngPersonSharingView',
    );
  });
  it('A10 = yes shows the G3 prompt; G3 is not prefilled', () => {
    const { answers, prompts } = csePrefill({ disabilityOrCommunicationNeed: 'yes' });
    expect(prompts.learningDisability).toContain('is it a learning disability or difficulty?');
    expect(answers).not.toHaveProperty('learningDisability');
    expect(csePrefill({ disabilityOrCommunicationNeed: 'no' }).prompts).toEqual({});
  });
  it('what it prefills is valid CSE input', () => {
    const { answers } = csePrefill({
      sexualHealthNeeds: ['emergency-contraception'],
      missingFromHomeOrCare: 'yes',
      youngPersonSharingView: 'agrees',
    });
    expect(cseSchema.safeParse(answers).success).toBe(true);
  });
});
