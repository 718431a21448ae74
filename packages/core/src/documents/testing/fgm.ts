import type { DraftDocumentsInput } from '../types.ts';
import { context, encounter, form, inputs } from './fixtures.ts';

/** fgm.md worked example 9: a 15-year-old tells the triage nurse (with an HCA present), then the doctor. */
export const reporter = (
  row: number,
  name: string,
  profession: string,
  regulator: string,
  status = 'report-required',
) => ({
  row,
  name,
  profession,
  regulator,
  heardOrSaw: 'heard',
  status,
  policeReference: status === 'reported-by-colleague' ? 'EX-2025-0042' : null,
  reportedAt: null,
});

export const fgmWords = "They cut me when I was seven, at my nan's house.";

export const fgmCase = (
  reporters = [reporter(0, 'Amy Lee', 'staff nurse', 'nmc'), reporter(2, 'Ravi Patel', 'doctor', 'gmc')],
) => {
  const input: DraftDocumentsInput = {
    answers: {
      'paediatric-triage': { discussedWith: 'Lee Morgan, safeguarding lead' },
      fgm: {
        girlDisclosed: 'yes',
        girlDisclosureWords: fgmWords,
        signsObserved: 'no',
        thirdPartyReport: 'no',
        identifiedBy: [
          {
            name: 'Amy Lee',
            profession: 'staff nurse',
            regulator: 'nmc',
            heardOrSaw: 'heard',
            reportedByColleague: 'no',
          },
          {
            name: 'Bo Tan',
            profession: 'healthcare assistant',
            regulator: 'not-regulated',
            heardOrSaw: 'heard',
          },
          {
            name: 'Ravi Patel',
            profession: 'doctor',
            regulator: 'gmc',
            heardOrSaw: 'heard',
            reportedByColleague: 'no',
          },
        ],
      },
    },
    context: context({ dateOfBirth: '2009-06-15', sex: 'female', arrivedAt: '2025-01-31T11:00:00+00:00' }),
    assessment: encounter(
      form('fgm', {
        level: 'REFER',
        actions: [
          'MASH_REFERRAL',
          'POLICE_101_FGM_REPORT',
          'INFORM_SAFEGUARDING_LEAD',
          'FGM_SPECIALIST_REFERRAL',
        ],
        firedRules: ['F-R1'],
        detail: {
          s5b: {
            status: 'report-required',
            basis: ['girl-disclosed'],
            identifiedOn: '2025-01-31',
            dueBy: '2025-02-03',
            latestBy: '2025-02-28',
            reporters,
          },
        },
        reasons: ['She told staff that female genital mutilation was done to her.'],
      }),
    ),
    inputs: inputs(
      { fullName: 'Hana Ali', address: '7 Park Row, Exampleton' },
      {
        referrer: {
          name: 'Ravi Patel',
          role: 'doctor',
          service: 'Exampleton Minor Injury Unit',
          phone: '01632 960333',
          email: 'ravi.patel@nhs.example',
        },
      },
    ),
  };
  return input;
};
