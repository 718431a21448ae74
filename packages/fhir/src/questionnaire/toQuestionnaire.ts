import { resolveConfig, type ProformaId } from '@proformas/core';
import type { Extension } from '../fhir/datatypes.ts';
import type { Questionnaire } from '../fhir/questionnaire.ts';
import { baseOf, extensionUrl, questionnaireUrl, type FhirOptions } from '../options.ts';
import { proformaCoding } from '../terminology/project.ts';
import { FHIRPATH, VARIABLE, ukCoreProfile } from '../terminology/systems.ts';
import { toQuestionnaireItem } from './items.ts';
import { proformaIndex } from './linkIds.ts';
import { newVariables, type ConditionScope } from './scope.ts';

/** The project extension naming each variable the filler must supply (README "Expressions"). */
export const HOST_VARIABLE_EXTENSION = 'host-variable';

/** 'paediatric-triage' → 'PaediatricTriage' (Questionnaire.name is a computer-friendly name). */
const computableName = (id: string): string =>
  id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/**
 * The FHIR R4 Questionnaire of a proforma (coding.md §2.2), generated from its items: never
 * hand-written. `status` is `draft` until the proforma is clinically reviewed.
 */
export const toQuestionnaire = (id: ProformaId, options: FhirOptions = {}): Questionnaire => {
  const base = baseOf(options);
  const index = proformaIndex(id);
  const { definition } = index;
  const vars = newVariables();
  const lookup = (key: string) => {
    const linked = index.byKey.get(key);
    return linked ? { linkId: linked.linkId, answerable: linked.item, index: linked.index } : undefined;
  };
  const env = { base, proformaId: id, vars };
  const item = index.items.map((linked) => {
    const scope: ConditionScope = { base, proformaId: id, root: '%resource', lookup, position: linked.index };
    return toQuestionnaireItem(env, linked, scope);
  });
  const config = resolveConfig(options.config);
  const extension: Extension[] = [
    ...[...vars.config].sort().map((name) => ({
      url: VARIABLE,
      valueExpression: { name, language: FHIRPATH, expression: String(config[name as keyof typeof config]) },
    })),
    ...[...vars.host]
      .sort()
      .map((name) => ({ url: extensionUrl(base, HOST_VARIABLE_EXTENSION), valueString: name })),
  ];
  return {
    resourceType: 'Questionnaire',
    id,
    meta: { profile: [ukCoreProfile('Questionnaire')] },
    ...(extension.length > 0 ? { extension } : {}),
    url: questionnaireUrl(base, id),
    version: definition.specVersion,
    name: computableName(id),
    title: definition.title,
    status: definition.reviewStatus === 'clinically-reviewed' ? 'active' : 'draft',
    subjectType: ['Patient'],
    description: definition.purpose,
    code: [proformaCoding(base, id)],
    item,
  };
};
