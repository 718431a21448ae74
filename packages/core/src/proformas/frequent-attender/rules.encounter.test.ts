import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { assessEncounter } from '../../engine/assessEncounter.ts';
import type { AttendanceRecord } from '../../model/context.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import type { EncounterInputs } from '../../model/proforma.ts';
import { frequentAttender } from './definition.ts';
import { discussed, faContext, reviewed, visit, Y } from './fixtures-builder.ts';
import type { FrequentAttenderAnswers } from './schema.ts';

// frequent-attender.md: what this form reads from the paediatric triage in assessEncounter
// (B7 head injury for FA-P d; A7, A8 for socialCareFlag; B10, B11, B12.1 for escalatingReason).

type Answers = Partial<FrequentAttenderAnswers>;
const run = (
  records: AttendanceRecord[] | undefined,
  answers: Answers = {},
  dob = '2015-01-01',
  encounter: EncounterInputs = {},
  extra: Parameters<typeof faContext>[3] = {},
) => evaluateProforma(frequentAttender, answers, faContext(dob, 'female', records, extra), encounter);
const three = [visit('a', -300), visit('b', -200), visit('c', -100)];
const frequent: Answers = { todayReasons: ['illness'], knownToSocialCare: 'no', ...reviewed(), ...discussed };

describe('in assessEncounter: the triage’s answers (B7, B10, B11, B12.1, A7, A8)', () => {
  const triage = (answers: Record<string, unknown>): EncounterInputs => ({
    otherAnswers: { 'paediatric-triage': answers },
  });

  it('triage B7 head-injury is enough for FA-P (d), V14 unanswered (example 9)', () => {
    const injury = [visit('a', -40, Y, { reasons: ['injury'] })];
    const encounter = run(injury, {}, '2021-09-01', triage({ injuryTypes: ['head-injury'] }));
    expect(encounter.firedRules).toEqual(['FA0', 'FA-P']);
    expect(encounter.level).toBe('DISCUSS');
  });

  it.each([
    ['A7 cpp', { cpisResult: 'cpp' }, 'FA3', true],
    ['A7 looked after', { cpisResult: 'lac' }, 'FA3', true],
    ['A8 yes', { cinOrSocialWorker: 'yes' }, 'FA3', true],
    ['B10 intoxicated', { intoxicated: 'yes' }, 'FA3', false],
    ['B11 self-harm', { selfHarmOrOverdose: 'yes' }, 'FA3', false],
    ['B12.1 sexual assault', { sexualHealthNeeds: ['sexual-assault'] }, 'FA3', false],
    ['A7 none, B10 no', { cpisResult: 'none', intoxicated: 'no' }, 'FA2', false],
  ])('%s at n12 = 4 → %s', (_name, answers, faLevel, cpis) => {
    const encounter = run(three, frequent, '2015-01-01', triage(answers));
    expect(encounter.detail['faLevel']).toBe(faLevel);
    expect(encounter.actions.includes('CPIS_INFORM_SOCIAL_WORKER')).toBe(cpis);
  });

  it('the real assessEncounter passes the triage answers to this form', () => {
    const context = faContext('2021-09-01', 'male', [visit('a', -40, Y, { reasons: ['injury'] })]);
    const alone = assess('frequent-attender', {}, context);
    expect(alone.firedRules).toEqual(['FA0']);
    const encounter = assessEncounter(
      { 'paediatric-triage': { injuryOrMark: 'yes', injuryTypes: ['head-injury'] }, 'frequent-attender': {} },
      context,
    );
    expect(encounter.forms['frequent-attender']?.firedRules).toEqual(['FA0', 'FA-P']);
    expect(encounter.forms['frequent-attender']?.detail).toEqual({
      faLevel: 'FA0',
      n12: 2,
      n6: 2,
      providers12: 2,
    });
  });
});
