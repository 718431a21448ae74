import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/assess.ts';
import { assessEncounter, combineEncounter } from '../../engine/assessEncounter.ts';
import { suggestProformas } from '../../engine/suggestProformas.ts';
import type { ProformaFixture } from '../../model/fixture.ts';
import type { ProformaId } from '../../model/proforma.ts';
import { triageContext } from './fixtures-builder.ts';
import { paediatricTriageFixtures } from './fixtures.ts';
import { encounterAnswers, stubAssessor } from './testing.ts';

// paediatric-triage.md "How assessEncounter applies P-R5 and P-R6": the triage is assessed again
// with cseRisk, faLevel and otherFormDiscuss from the other forms (stubbed until they are built).

type OtherForms = NonNullable<ProformaFixture['otherForms']>;
const TWELVE = triageContext('2012-11-02', 'male');
const SIXTEEN = triageContext('2009-03-10', 'female');

const encounter = (
  context: ProformaFixture['context'],
  triage: Record<string, unknown>,
  otherForms: OtherForms,
  otherAnswers: Partial<Record<ProformaId, Record<string, unknown>>> = {},
) =>
  combineEncounter(
    encounterAnswers({ answers: triage, otherForms }, otherAnswers),
    context,
    stubAssessor(context, otherForms),
  );
const triageOf = (e: ReturnType<typeof encounter>) => {
  const triage = e.forms['paediatric-triage'];
  if (!triage) throw new Error('no triage in the encounter');
  return triage;
};
const fa = (faLevel: string): OtherForms => ({
  'frequent-attender': {
    level: 'DISCUSS',
    detail: { faLevel },
    actions: ['INFORM_SAFEGUARDING_LEAD', 'FA_FLAG'],
  },
});
const cse = (cseRisk: string, level: 'NO_CONCERN' | 'NOTIFY' | 'DISCUSS' | 'REFER'): OtherForms => ({
  cse: { level, detail: { cseRisk } },
});
const contraception = { sexualHealthOrAssault: 'yes', sexualHealthNeeds: ['contraception'] };

describe('P-R5 (j) and (k): cross-form clauses', () => {
  it('#7 (j): FA2 makes the triage DISCUSS, and with A8 = yes escalates P-R6 to REFER', () => {
    const alone = assess('paediatric-triage', { cinOrSocialWorker: 'yes' }, TWELVE);
    expect(alone.level).toBe('NOTIFY');
    expect(alone.detail).not.toHaveProperty('faLevel');
    const e = encounter(TWELVE, { cinOrSocialWorker: 'yes' }, fa('FA2'));
    const triage = triageOf(e);
    expect([e.level, triage.level]).toEqual(['REFER', 'REFER']);
    expect(triage.firedRules).toEqual(['P-R5', 'P-R6']);
    expect(triage.detail).toMatchObject({ faLevel: 'FA2', escalatedBy: ['frequent-attender'] });
    expect(e.actions).toEqual(['INFORM_SAFEGUARDING_LEAD', 'CPIS_INFORM_SOCIAL_WORKER', 'FA_FLAG']);
    expect(triage.reasons[0]).toContain('frequent-attender check');
  });

  it('(j) does not fire at FA1 (NOTIFY)', () => {
    const triage = triageOf(
      encounter(TWELVE, {}, { 'frequent-attender': { level: 'NOTIFY', detail: { faLevel: 'FA1' } } }),
    );
    expect(triage.firedRules).toEqual(['P-R8']);
  });

  it('(k): CSE MEDIUM makes the triage DISCUSS, and the reason names the CSE screen', () => {
    const triage = triageOf(encounter(SIXTEEN, contraception, cse('MEDIUM', 'DISCUSS')));
    expect(triage.level).toBe('DISCUSS');
    expect(triage.reasons).toContain('The CSE screen rated the risk as medium.');
    expect(triage.detail['cseRisk']).toBe('MEDIUM');
  });

  it('CSE HIGH is no clause of P-R5: the CSE form is REFER already', () => {
    const e = encounter(SIXTEEN, contraception, cse('HIGH', 'REFER'));
    expect(triageOf(e).firedRules).not.toContain('P-R5');
    expect(e.level).toBe('REFER');
  });
});

describe('P-R6: escalation by another form (otherFormDiscuss)', () => {
  it('an FGM form at REFER escalates a looked-after child’s P-R6, naming the FGM form', () => {
    const triage = triageOf(
      encounter(
        SIXTEEN,
        { cpisResult: 'lac' },
        { fgm: { level: 'REFER', detail: {}, actions: ['POLICE_101_FGM_REPORT'] } },
      ),
    );
    expect(triage.level).toBe('REFER');
    expect(triage.detail['escalatedBy']).toEqual(['fgm']);
    expect(triage.actions).toEqual(['INFORM_SAFEGUARDING_LEAD', 'CPIS_INFORM_SOCIAL_WORKER']);
    expect(triage.reasons[0]).toContain('the FGM form');
  });

  it('names this triage and the other form when both caused it', () => {
    const triage = triageOf(encounter(TWELVE, { cinOrSocialWorker: 'yes', neglectSigns: 'yes' }, fa('FA3')));
    expect(triage.detail['escalatedBy']).toEqual(['paediatric-triage', 'frequent-attender']);
  });

  it('a form below DISCUSS does not escalate', () => {
    const triage = triageOf(encounter(SIXTEEN, { cpisResult: 'cpp' }, cse('LOW', 'NOTIFY')));
    expect(triage.level).toBe('NOTIFY');
    expect(triage.detail).not.toHaveProperty('escalatedBy');
  });
});

describe('P-R8 with a CSE form present: sharingAgreed needs E2.2 and the CSE screen’s S16', () => {
  it.each<[string, string, string | undefined, boolean]>([
    ['both agree', 'agrees', 'agrees', false],
    ['E2.2 agrees, S16 objects', 'agrees', 'objects', true],
    ['E2.2 agrees, S16 not answered', 'agrees', undefined, true],
    ['E2.2 objects, S16 agrees', 'objects', 'agrees', true],
  ])('%s', (_case, e22, s16, omit) => {
    const triage = triageOf(
      encounter(SIXTEEN, { ...contraception, youngPersonSharingView: e22 }, cse('NONE', 'NO_CONCERN'), {
        cse: s16 ? { youngPersonSharingView: s16 } : {},
      }),
    );
    expect(triage.detail['routineSummaryTo']).toEqual(['gp']);
    expect(triage.detail['routineSummaryPrivacy']).toEqual({
      notForOnlineView: true,
      omitSexualHealth: omit,
    });
  });

  it('a CSE form alone makes a sexual-health context (B12 no): the letter is confidential', () => {
    const triage = triageOf(
      encounter(SIXTEEN, { youngPersonSharingView: 'agrees' }, cse('LOW', 'NOTIFY'), {
        cse: { youngPersonSharingView: 'agrees' },
      }),
    );
    expect(triage.detail).toMatchObject({
      routineSummaryTo: ['gp'],
      routineSummaryPrivacy: { notForOnlineView: true, omitSexualHealth: false },
    });
  });

  it('another form at DISCUSS or above: GP and school nurse, no privacy detail, the lead decides', () => {
    const others: OtherForms = { ...cse('NONE', 'NO_CONCERN'), fgm: { level: 'REFER', detail: {} } };
    const triage = triageOf(
      encounter(SIXTEEN, { ...contraception, youngPersonSharingView: 'objects' }, others),
    );
    expect(triage.level).toBe('NO_CONCERN');
    expect(triage.detail['routineSummaryTo']).toEqual(['gp', 'sn']);
    expect(triage.detail).not.toHaveProperty('routineSummaryPrivacy');
  });
});

describe('assessEncounter with the triage alone', () => {
  it('`{}` counts as present: the triage is assessed', () => {
    const e = assessEncounter({ 'paediatric-triage': {} }, TWELVE);
    expect(e.forms['paediatric-triage']?.firedRules).toEqual(['P-R8']);
    expect(e.level).toBe('NO_CONCERN');
  });

  it('prefixes the form id to invalid answer keys', () => {
    expect(() => assessEncounter({ 'paediatric-triage': { immediateDanger: 'maybe' } }, TWELVE)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ key: 'paediatric-triage.immediateDanger', code: 'B14' })],
      }),
    );
  });
});

describe('suggestProformas for the worked examples', () => {
  const find = (example: string, part: string) => {
    const f = paediatricTriageFixtures.find((x) => x.example === example && x.name.includes(part));
    if (!f) throw new Error(`no fixture ${example}`);
    return f;
  };
  const requirement = (f: ProformaFixture, id: ProformaId) =>
    suggestProformas(f.context, { 'paediatric-triage': f.answers }).find((s) => s.id === id)?.requirement;

  it('#10: the CSE screen is required (police, exploitation signs at 14)', () => {
    expect(requirement(find('#10', 'stab wound'), 'cse')).toBe('required');
  });
  it('#6: the CSE screen is required for contraception at 16 (B12)', () => {
    expect(requirement(find('#6', 'contraception'), 'cse')).toBe('required');
  });
  it('every attendance under 18 needs the triage and the frequent-attender check (P-R7 at 16)', () => {
    const f = find('#6', '16 today');
    expect(requirement(f, 'paediatric-triage')).toBe('required');
    expect(requirement(f, 'frequent-attender')).toBe('required');
    expect(requirement(f, 'hidden-harm')).toBeUndefined();
  });
});
