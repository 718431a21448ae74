import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, DOSING_SHORTHAND } from './abbreviations.ts';
import { checkPlainLanguage } from './plainLanguage.ts';

const words = (text: string, addressedTo?: 'MASH' | 'MARAC') =>
  checkPlainLanguage(text, addressedTo ? { addressedTo } : {}).map((f) => f.word);

/** referrals.md §5 rule 2's list, each with a sentence that must be flagged and one that must not. */
const RULE_2: readonly [string, string, string][] = [
  ['OD', 'She took an OD last night.', 'She sat in the odd chair.'],
  ['PCM', 'Took PCM at home.', 'Took paracetamol at home (pcm lower case is not the short form).'],
  ['NAI', 'Query NAI here.', 'The nail was broken.'],
  ['LAC', 'He is LAC.', 'There is a lack of food.'],
  ['CPP', 'On a CPP since May.', 'On a child protection plan since May.'],
  ['CIN', 'Open CIN case.', 'A cinema trip.'],
  ['CP', 'Known to CP.', 'She has CPR training.'],
  ['DA', 'History of DA.', 'DAB radio at home.'],
  ['DV', 'DV at home.', 'DVD at home.'],
  ['HV', 'Seen by the HV.', 'Seen by the HVAC engineer.'],
  ['SN', 'Tell the SN.', 'He had a snack.'],
  ['SW', 'Her SW knows.', 'Postcode SW1A 1AA.'],
  ['PR', 'Mother has PR.', 'A PRO football player.'],
  ['ED', 'Went to ED.', 'He edited the notes.'],
  ['MIU', 'Seen at the MIU.', 'Seen at the minor injury unit.'],
  ['UTC', 'Seen at the UTC.', 'Seen at the urgent treatment centre.'],
  ['WIC', 'Seen at the WIC.', 'Seen at the walk-in centre.'],
  ['OOH', 'Call OOH.', 'Call out of hours.'],
  ['EC', 'Wants EC.', 'Postcode EC1A 1BB.'],
  ['STI', 'Tested for STIs.', 'Tested for a sexually transmitted infection.'],
  ['CSE', 'CSE screen done.', 'Child sexual exploitation screen done.'],
  ['FGM', 'Signs of FGM.', 'Signs of female genital mutilation.'],
  ['DASH', 'The Dash score is high.', 'She made a dash for the door.'],
  [
    'IDVA',
    'Refer to the IDVA.',
    'Refer to an independent domestic violence adviser (IDVA), then the IDVA calls.',
  ],
  ['SARC', 'Refer to the SARC.', 'Refer to the sexual assault referral centre (SARC).'],
  ['EDT', 'Phoned EDT.', 'Phoned the emergency duty team.'],
  ['CAMHS', 'Known to CAMHS.', 'Known to child and adolescent mental health services (CAMHS).'],
  ['CMHT', 'Known to the CMHT.', 'Known to the community mental health team.'],
  ['GCS', 'GCS 14.', 'Drowsy but answering questions.'],
  ['Hx', 'Hx of falls.', 'History of falls.'],
  ['Pt', 'Pt was calm.', 'She was calm.'],
  ['c/o', 'C/O pain.', 'He said his arm hurt.'],
  ['O/E', 'o/e bruised.', 'On examination: bruised.'],
  ['NFA', 'Police NFA.', 'No further action by the police.'],
  ['NKDA', 'NKDA.', 'No known allergies to medicines.'],
  ['ETOH', 'EtOH on board.', 'Has been drinking alcohol.'],
  ['IVDU', 'Partner IVDU.', 'Her partner injects drugs.'],
  ['DSH', 'Known DSH.', 'Known self-harm.'],
  ['LD', 'Mild LD.', 'A mild learning disability; she is bold.'],
  ['y/o', 'A 6 y/o boy.', 'A boy aged 6 years.'],
  ['CP-IS', 'CP-IS shows a plan.', 'The national child protection information system shows a plan.'],
  ['FGM-IS', 'Add to FGM-IS.', 'Add to the national female genital mutilation information system.'],
];

describe('referrals.md §5 rule 2: abbreviations (one positive and one negative case each)', () => {
  it.each(RULE_2)('%s', (abbr, flagged, clean) => {
    const flags = checkPlainLanguage(flagged);
    const same = (word: string): boolean =>
      [abbr.toLowerCase(), `${abbr.toLowerCase()}s`].includes(word.toLowerCase());
    expect(flags.some((f) => same(f.word))).toBe(true);
    expect(flags.every((f) => f.rule === 2 && f.ruleTitle.startsWith('No unexplained abbreviations'))).toBe(
      true,
    );
    expect(flags[0]?.message).toMatch(/^Write ".+" instead of ".+"\.$/);
    expect(checkPlainLanguage(clean)).toEqual([]);
  });

  it('covers every abbreviation in the list (except MASH and MARAC, tested below)', () => {
    const tested = new Set(RULE_2.map(([a]) => a));
    for (const entry of ABBREVIATIONS.filter((e) => !e.allowedFor))
      expect(tested.has(entry.forms[0] ?? '')).toBe(true);
  });

  it('MASH and MARAC may stand alone only in a document addressed to them', () => {
    expect(words('Phoned the MASH.')).toEqual(['MASH']);
    expect(words('Phoned the MASH.', 'MASH')).toEqual([]);
    expect(words('Referred to MARAC.', 'MASH')).toEqual(['MARAC']);
    expect(words('Referred to MARAC.', 'MARAC')).toEqual([]);
  });

  it('NHS, GP, A&E and X-ray are always allowed', () => {
    expect(checkPlainLanguage('Her NHS number is known; her GP saw the X-ray from A&E.')).toEqual([]);
  });

  it('a "?" before a diagnosis is flagged; a question mark ending a question is not', () => {
    expect(checkPlainLanguage('Wrist ?fracture.').map((f) => [f.word, f.rule])).toEqual([['?fracture', 2]]);
    expect(words('Impression: ? non-accidental injury.')).toEqual(['? non-accidental']);
    expect(checkPlainLanguage('I asked, "How did you hurt your arm?" He did not answer.')).toEqual([]);
    expect(checkPlainLanguage('Did he fall? He said yes.')).toEqual([]);
  });

  it('quoted words stay exactly as said (§5 rule 5), so they are not flagged', () => {
    expect(checkPlainLanguage('She said: “I took an OD of PCM.”')).toEqual([]);
    expect(words('She said: “I took it.” The OD was large.')).toEqual(['OD']);
  });

  it('each flag names the word, the rule and where it is', () => {
    const [flag] = checkPlainLanguage('Seen by the HV today.');
    expect(flag).toEqual({
      word: 'HV',
      rule: 2,
      ruleTitle: 'No unexplained abbreviations (plain-language rule 2)',
      message: 'Write "health visitor" instead of "HV".',
      index: 12,
    });
  });
});

describe('referrals.md §5 rule 3: doses, multiplication and dosing shorthand', () => {
  it.each([
    ['500 mg', 'Took 500 mg of it.', 'Took about 20 tablets.'],
    ['500mg', 'Took 500mg.', 'Took about 20 tablets (mg alone is not after a number).'],
    ['100 mcg', 'Given 100 mcg.', 'Given a small amount.'],
    ['2 g', 'Took 2 g.', 'Aged 2 going on 3.'],
    ['5 ml', 'Gave 5 ml.', 'Gave a spoonful.'],
    ['10 units', 'Drank 10 units.', 'Drank a lot of alcohol; units of the army.'],
  ])('dose unit %s', (word, flagged, clean) => {
    const flags = checkPlainLanguage(flagged);
    expect(flags.map((f) => [f.word, f.rule])).toEqual([[word, 3]]);
    expect(flags[0]?.ruleTitle).toBe('No drug lists or doses (plain-language rule 3)');
    expect(checkPlainLanguage(clean).filter((f) => f.rule === 3)).toEqual([]);
  });

  it('multiplication signs between numbers; a size in centimetres is not a dose', () => {
    expect(words('OD 20×500 mg PCM')).toEqual(['OD', '20×500', 'PCM']);
    expect(words('Took 20 x 500 tablets.')).toEqual(['20 x 500']);
    expect(checkPlainLanguage('A bruise 3 x 2 cm on the arm.')).toEqual([]);
    expect(checkPlainLanguage('X-ray of the wrist; an exam at 10 or 12.')).toEqual([]);
  });

  it.each(DOSING_SHORTHAND.map((d) => d.form))('dosing shorthand %s', (form) => {
    expect(checkPlainLanguage(`Ibuprofen ${form}.`).map((f) => [f.word, f.rule])).toEqual([[form, 3]]);
    expect(checkPlainLanguage(`Ibuprofen ${form}ulated.`).filter((f) => f.rule === 3)).toEqual([]);
  });
});
