import { getProforma, type ProformaId } from '@proformas/core';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from '../fhir/questionnaire.ts';
import { baseOf, extensionUrl, type FhirOptions } from '../options.ts';
import { EMPTY_GROUP_EXTENSION } from '../questionnaire/expression.ts';
import { proformaIndex, type LinkedItem } from '../questionnaire/linkIds.ts';
import { parseCanonical } from './canonical.ts';
import { schemaIssues } from './validate.ts';
import { fromAnswers, type ImportIssue } from './readValues.ts';
import type { ValueEnv } from './values.ts';

/** A QuestionnaireResponse that cannot be read as a proforma's answers: every problem, by linkId. */
export class QuestionnaireResponseImportError extends Error {
  readonly issues: ImportIssue[];
  constructor(issues: ImportIssue[]) {
    super(
      `Cannot import the QuestionnaireResponse: ${issues.map((i) => `${i.linkId}: ${i.message}`).join('; ')}`,
    );
    this.name = 'QuestionnaireResponseImportError';
    this.issues = issues;
  }
}

const readRow = (
  env: ValueEnv,
  linked: LinkedItem,
  row: QuestionnaireResponseItem,
  issues: ImportIssue[],
) => {
  const values: Record<string, unknown> = {};
  for (const child of row.item ?? []) {
    const field = linked.fields.find((f) => f.linkId === child.linkId);
    if (!field) {
      issues.push({ linkId: child.linkId, message: `not a field of ${linked.linkId}` });
      continue;
    }
    if (field.field.key in values)
      issues.push({ linkId: child.linkId, message: 'answered twice in one row' });
    const read = fromAnswers(env, child.linkId, field.field, child.answer ?? []);
    if ('issue' in read) issues.push({ linkId: child.linkId, message: read.issue });
    else values[field.field.key] = read.value;
  }
  return values;
};

const readItems = (env: ValueEnv, items: readonly QuestionnaireResponseItem[], issues: ImportIssue[]) => {
  const index = proformaIndex(env.proformaId);
  const answers: Record<string, unknown> = {};
  const emptyGroup = extensionUrl(env.base, EMPTY_GROUP_EXTENSION);
  for (const entry of items) {
    const linked = index.byLinkId.get(entry.linkId);
    if (!linked) {
      issues.push({ linkId: entry.linkId, message: 'not a question of this Questionnaire' });
      continue;
    }
    const { key, type } = linked.item;
    if (type === 'group') {
      const rows = (answers[key] as Record<string, unknown>[] | undefined) ?? [];
      const empty = entry.extension?.some((e) => e.url === emptyGroup && e.valueBoolean === true) ?? false;
      if (!empty) rows.push(readRow(env, linked, entry, issues));
      else if (entry.item?.length)
        issues.push({ linkId: entry.linkId, message: 'an empty list has no rows' });
      answers[key] = rows;
      continue;
    }
    if (key in answers) issues.push({ linkId: entry.linkId, message: 'appears twice' });
    if (entry.item?.length)
      issues.push({ linkId: entry.linkId, message: 'a question holds no nested items' });
    const read = fromAnswers(env, entry.linkId, linked.item, entry.answer ?? []);
    if ('issue' in read) issues.push({ linkId: entry.linkId, message: read.issue });
    else answers[key] = read.value;
  }
  return answers;
};

/**
 * Read a QuestionnaireResponse back to the proforma and its answers (coding.md §2.3). The response
 * must name a proforma's Questionnaire at this library's version; the answers are then checked with
 * the proforma's schema. Throws QuestionnaireResponseImportError listing every invalid item.
 */
export const fromQuestionnaireResponse = (
  qr: QuestionnaireResponse,
  options: FhirOptions = {},
): { id: ProformaId; answers: Record<string, unknown> } => {
  const base = baseOf(options);
  if (qr.resourceType !== 'QuestionnaireResponse')
    throw new QuestionnaireResponseImportError([
      { linkId: '', message: `a ${String(qr.resourceType)} is not a QuestionnaireResponse` },
    ]);
  const named = parseCanonical(base, qr.questionnaire ?? '');
  if ('issue' in named) throw new QuestionnaireResponseImportError([{ linkId: '', message: named.issue }]);
  const definition = getProforma(named.id);
  if (named.version !== definition.specVersion) {
    const message = `made with version "${named.version}" of the Questionnaire; this library reads "${definition.specVersion}" only`;
    throw new QuestionnaireResponseImportError([{ linkId: '', message }]);
  }
  const issues: ImportIssue[] = [];
  const answers = readItems({ base, proformaId: named.id }, qr.item ?? [], issues);
  if (issues.length === 0) {
    const index = proformaIndex(named.id);
    for (const issue of schemaIssues(definition, answers)) {
      issues.push({ linkId: index.byKey.get(issue.key)?.linkId ?? issue.key, message: issue.message });
    }
  }
  if (issues.length > 0) throw new QuestionnaireResponseImportError(issues);
  return { id: named.id, answers };
};
