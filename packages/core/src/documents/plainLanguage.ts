import { ABBREVIATIONS, DOSING_SHORTHAND, type Abbreviation } from './abbreviations.ts';
import type { AddressedTo, PlainLanguageFlag } from './types.ts';

/** referrals.md §5 rules 2 and 3, in a few words each. */
const RULE_2 = 'No unexplained abbreviations (plain-language rule 2)';
const RULE_3 = 'No drug lists or doses (plain-language rule 3)';

export interface PlainLanguageOptions {
  /** MASH or MARAC may stand alone only in a document addressed to them. */
  addressedTo?: AddressedTo;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const wholeWord = (form: string, flags: string, plural = ''): RegExp =>
  new RegExp(`(?<![A-Za-z0-9])${escape(form)}${plural}(?![A-Za-z0-9])`, `g${flags}`);

/**
 * Spans inside quotation marks. SAFER READING: rule 5 (quote exactly, never tidy) wins over rules
 * 2–3 inside quotes, so a child's or parent's words are never flagged into being changed.
 */
const quotedSpans = (text: string): [number, number][] => {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/“[^”]*”|"[^"]*"/g))
    spans.push([match.index, match.index + match[0].length]);
  return spans;
};

const STOP_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an']);

/**
 * Rule 2 allows a short form in brackets straight after the words it stands for: "(IDVA)". SAFER
 * READING: only when the initials of those words spell it, so "hurt (NAI)" is still flagged.
 */
const definedInBrackets = (text: string, index: number, form: string): boolean => {
  if (text[index - 1] !== '(' || text[index + form.length] !== ')') return false;
  const letters = form.replace(/[^A-Za-z]/g, '').toLowerCase();
  const words = text
    .slice(Math.max(0, index - 200), index - 1)
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/[^A-Za-z]/g, ''))
    .filter((w) => w !== '');
  const initials = (ws: string[]): string =>
    ws
      .slice(-letters.length)
      .map((w) => w.charAt(0).toLowerCase())
      .join('');
  return (
    initials(words) === letters || initials(words.filter((w) => !STOP_WORDS.has(w.toLowerCase()))) === letters
  );
};

interface Hit {
  word: string;
  index: number;
  rule: 2 | 3;
  message: string;
}

const abbreviationHits = (text: string, entry: Abbreviation): Hit[] => {
  const hits = entry.forms.flatMap((form) =>
    [...text.matchAll(wholeWord(form, entry.anyCase ? 'i' : '', 's?'))].map((m) => ({
      word: m[0],
      index: m.index,
    })),
  );
  hits.sort((x, y) => x.index - y.index);
  const first = hits[0];
  if (first && definedInBrackets(text, first.index, first.word)) return [];
  return hits.map((h) => ({ ...h, rule: 2, message: `Write "${entry.full}" instead of "${h.word}".` }));
};

const patternHits = (text: string, pattern: RegExp, rule: 2 | 3, message: (word: string) => string): Hit[] =>
  [...text.matchAll(pattern)].map((m) => ({ word: m[0], index: m.index, rule, message: message(m[0]) }));

const DOSE =
  /\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?|g|grams?|ml|mL|millilitres?|units?)(?![A-Za-z])/g;
/** Not a size ("3 x 2 cm" is what §5 rule 4 asks for). */
const TIMES = /\d+(?:[.,]\d+)?\s*[×xX*]\s*\d+(?:[.,]\d+)?(?![\d.,]|\s?(?:mm|cm)(?![A-Za-z]))/g;
const QUERY_DIAGNOSIS = /(?<=^|[\s([])\?\s?[A-Za-z][\w-]*/g;

/**
 * Check text against referrals.md §5 rules 2 and 3: every listed abbreviation (whole word; case
 * sensitive except c/o, O/E, y/o), dose units after a number, multiplication signs between numbers,
 * dosing shorthand and a "?" before a diagnosis. Each flag names the word and the rule.
 */
export const checkPlainLanguage = (text: string, options: PlainLanguageOptions = {}): PlainLanguageFlag[] => {
  const hits: Hit[] = [
    ...ABBREVIATIONS.filter(
      (e) => e.allowedFor === undefined || e.allowedFor !== options.addressedTo,
    ).flatMap((e) => abbreviationHits(text, e)),
    ...DOSING_SHORTHAND.flatMap(({ form, full }) =>
      patternHits(
        text,
        wholeWord(form, 'i'),
        3,
        (w) => `Write "${full}" instead of "${w}", or leave the dosing out.`,
      ),
    ),
    ...patternHits(
      text,
      DOSE,
      3,
      (w) =>
        `Leave out the dose "${w}": say what was taken in everyday words, roughly how much, and what it means.`,
    ),
    ...patternHits(
      text,
      TIMES,
      3,
      (w) => `Write "${w}" in words, e.g. "about 20 tablets", and say what it means for safety.`,
    ),
    ...patternHits(
      text,
      QUERY_DIAGNOSIS,
      2,
      (w) => `Do not put a question mark before a diagnosis ("${w}"): write "I think … because …".`,
    ),
  ];
  const quotes = quotedSpans(text);
  const outsideQuotes = hits.filter((h) => !quotes.some(([from, to]) => h.index >= from && h.index < to));
  return dropOverlaps(outsideQuotes).map((h) => ({
    word: h.word,
    rule: h.rule,
    ruleTitle: h.rule === 2 ? RULE_2 : RULE_3,
    message: h.message,
    index: h.index,
  }));
};

/** Keep the longest of overlapping hits ("CP-IS", not also "CP"), in text order. */
const dropOverlaps = (hits: Hit[]): Hit[] => {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((x, y) => y.word.length - x.word.length || x.index - y.index)) {
    const end = hit.index + hit.word.length;
    if (!kept.some((k) => hit.index < k.index + k.word.length && k.index < end)) kept.push(hit);
  }
  return kept.sort((x, y) => x.index - y.index);
};
