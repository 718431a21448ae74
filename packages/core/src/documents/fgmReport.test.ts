import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from './format.ts';
import { fgmCase, fgmWords as words, reporter } from './testing/fgm.ts';
import { approvableOnceFilled, fieldText } from './testing/fixtures.ts';
import { draftDocuments } from './which.ts';

const reports = (input = fgmCase()) => draftDocuments(input).filter((d) => d.kind === 'fgm-police-report');

describe('referrals.md §3: FGM police report (101), one per regulated reporter', () => {
  it('two regulated reporters and one unregulated person: two drafts, none for the unregulated', () => {
    expect(reports().map((d) => d.id)).toEqual(['fgm-police-report-row-0', 'fgm-police-report-row-2']);
    expect(reports().some((d) => fieldText(d, 'reporter')?.includes('Bo Tan'))).toBe(false);
    expect(reports()[0]?.recipients).toEqual([
      { role: 'police-101', name: 'Exampleton Police', phone: '101' },
    ]);
  });

  it('`deadline` in words from detail.s5b.dueBy and latestBy', () => {
    for (const d of reports())
      expect(fieldText(d, 'deadline')).toBe(
        'Report by the end of Monday 3 February 2025 (the next working day). The legal limit is Friday 28 February 2025 (one month).',
      );
  });

  it('`basis`: her own words exactly; `reporter`: phone and email only for the signed-in clinician', () => {
    const [amy, ravi] = reports();
    expect(fieldText(amy!, 'basis')).toBe(
      `She told me herself that female genital mutilation was done to her. Her words: “${words}”`,
    );
    expect(fieldText(amy!, 'reporter')).toBe(
      `Amy Lee, staff nurse, registered with the Nursing and Midwifery Council. Workplace: Exampleton Minor Injury Unit. Phone ${PLACEHOLDER}; email ${PLACEHOLDER}.`,
    );
    expect(fieldText(ravi!, 'reporter')).toContain('registered with the General Medical Council');
    expect(fieldText(ravi!, 'reporter')).toContain('Phone 01632 960333; email ravi.patel@nhs.example.');
  });

  it('`otherReporters`: everyone else in F15d, so the police can link the reports', () => {
    expect(fieldText(reports()[0]!, 'otherReporters')?.split('\n')).toEqual([
      'Bo Tan, healthcare assistant: not a regulated professional, so has no personal duty to report.',
      'Ravi Patel, doctor: is making their own report. Not yet reported.',
    ]);
  });

  it('a colleague of the same profession already reported (F15a): no draft for that person', () => {
    const input = fgmCase([
      reporter(0, 'Amy Lee', 'staff nurse', 'nmc', 'reported-by-colleague'),
      reporter(2, 'Ravi Patel', 'doctor', 'gmc'),
    ]);
    expect(reports(input).map((d) => d.id)).toEqual(['fgm-police-report-row-2']);
    expect(fieldText(reports(input)[0]!, 'otherReporters')).toContain(
      'Amy Lee, staff nurse: a colleague of the same profession has already reported this. Police reference EX-2025-0042.',
    );
  });

  it('made on POLICE_101_FGM_REPORT only: none for a third-party account (POLICE_NOTIFY)', () => {
    const input = fgmCase();
    const actions = input.assessment.actions.filter((a) => a !== 'POLICE_101_FGM_REPORT');
    expect(
      reports({ ...input, assessment: { ...input.assessment, actions: [...actions, 'POLICE_NOTIFY'] } }),
    ).toEqual([]);
  });

  it('no reporter listed yet: one unassigned draft keeps the duty visible, and cannot be approved', () => {
    const [only] = reports(fgmCase([]));
    expect(only?.id).toBe('fgm-police-report-unassigned');
    expect(only && fieldText(only, 'reporter')).toContain(PLACEHOLDER);
  });

  it('`policeReference` blocks approval until recorded; plain language throughout (no "FGM")', () => {
    for (const d of reports()) {
      expect(d.fields.find((f) => f.name === 'policeReference')?.placeholder).toBe(true);
      expect(d.text).not.toMatch(/\bFGM\b/);
      expect(approvableOnceFilled(d)).toBe(true);
    }
    expect(fieldText(reports()[0]!, 'leadInformed')).toBe(
      'Our safeguarding lead, Lee Morgan, safeguarding lead, has been told.',
    );
  });
});
