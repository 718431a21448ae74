import { PROFORMA_IDS, getProforma, type ProformaId } from '@proformas/core';
import { questionnaireUrl } from '../options.ts';

/**
 * `QuestionnaireResponse.questionnaire` = `url|version` (coding.md §2.3). A canonical holds no
 * whitespace, so the version is written URI-encoded (CSE's version is a phrase with spaces).
 */
export const questionnaireCanonical = (base: string, id: ProformaId): string =>
  `${questionnaireUrl(base, id)}|${encodeURI(getProforma(id).specVersion)}`;

/** The proforma and version a canonical names, or a message saying why it names none of ours. */
export const parseCanonical = (
  base: string,
  canonical: string,
): { id: ProformaId; version: string } | { issue: string } => {
  const [url = '', version] = canonical.split('|');
  const id = PROFORMA_IDS.find((p) => questionnaireUrl(base, p) === url);
  if (!id) return { issue: `"${url}" is not the Questionnaire of a proforma under ${base}.` };
  if (version === undefined) return { issue: `"${canonical}" names no version.` };
  let decoded: string;
  try {
    decoded = decodeURI(version);
  } catch {
    return { issue: `The version in "${canonical}" is not URI-encoded text.` };
  }
  return { id, version: decoded };
};
