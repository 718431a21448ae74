import { describe, expect, it } from 'vitest';
import { completionIssues } from '../../model/completion.ts';
import { evaluateProforma } from '../../model/evaluateProforma.ts';
import { cse } from './definition.ts';
import { cseFixtures } from './fixtures.ts';

// cse.md "Completion rules": fixtures marked complete satisfy every rule; the others do not.

const gaps = (f: (typeof cseFixtures)[number]) =>
  completionIssues(cse, evaluateProforma(cse, f.answers, f.context), f.context);

describe('cse completion', () => {
  it.each(cseFixtures.filter((f) => f.complete).map((f) => [f.name, f] as const))(
    '%s: complete (no gap blocks sign-off)',
    (_, f) => {
      expect(gaps(f)).toEqual([]);
    },
  );

  it('example 8 (nothing else answered yet) is not complete, and names each gap', () => {
    const partial = cseFixtures.find((f) => f.example === '8');
    if (!partial) throw new Error('example 8 missing');
    const codes = gaps(partial).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['S3', 'S5', 'S6', 'G1', 'M10', 'R8', 'S11', 'S12', 'S13', 'S15', 'S16']),
    );
    expect(codes).not.toContain('S2.1'); // 16: Fraser not shown
  });

  it('S17 answered with an empty list (neither) is complete; unanswered is a gap', () => {
    const f = cseFixtures.find((x) => x.example === '9B');
    if (!f) throw new Error('example 9B missing');
    const without = { ...f, answers: { ...f.answers, pregnancyOrSti: undefined } };
    expect(gaps(without).map((i) => i.code)).toEqual(['S17']);
  });

  it('S11 or S11.1 completes the account', () => {
    const f = cseFixtures.find((x) => x.example === '9B');
    if (!f) throw new Error('example 9B missing');
    const neither = { ...f, answers: { ...f.answers, youngPersonAccount: undefined } };
    expect(gaps(neither).map((i) => i.code)).toEqual(['S11']);
    const reason = { ...f, answers: { ...neither.answers, accountNotObtainedReason: 'declined' as const } };
    expect(gaps(reason)).toEqual([]);
  });
});
