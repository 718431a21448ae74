import { PROFORMA_IDS } from '@proformas/core';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../fhir/resources.ts';
import { UNVERIFIED_TRUNCATED_SCTIDS } from '../terminology/snomed.ts';
import { encounterOf } from '../test/encounters.ts';
import { FIXTURES } from '../test/fixtures.ts';
import { fhirSchemaErrors } from '../test/schema.ts';
import { toBundle } from './toBundle.ts';

const PROFILED = ['Questionnaire', 'QuestionnaireResponse', 'Flag', 'Encounter', 'Communication', 'Task'];

/** Every `reference` in the value, wherever it sits. */
const references = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(references);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'reference' && typeof v === 'string' ? [v] : references(v),
  );
};

const checkBundle = (bundle: Bundle) => {
  expect(fhirSchemaErrors(bundle)).toEqual([]);
  expect(bundle.type).toBe('transaction');
  const urls = bundle.entry.map((e) => e.fullUrl);
  expect(new Set(urls).size).toBe(urls.length);
  for (const entry of bundle.entry) {
    expect(entry.fullUrl).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(entry.request).toEqual({ method: 'POST', url: entry.resource.resourceType });
    if (PROFILED.includes(entry.resource.resourceType))
      expect(entry.resource.meta?.profile, entry.resource.resourceType).toEqual([
        `https://fhir.hl7.org.uk/StructureDefinition/UKCore-${entry.resource.resourceType}`,
      ]);
  }
  // Every reference between the resources resolves inside the transaction.
  for (const reference of references(bundle.entry.map((e) => e.resource))) expect(urls).toContain(reference);
  const json = JSON.stringify(bundle);
  for (const truncated of UNVERIFIED_TRUNCATED_SCTIDS) expect(json).not.toContain(truncated);
};

describe.each(PROFORMA_IDS)('toBundle for every %s fixture', (id) => {
  it.each(FIXTURES[id].map((f) => [f.name, f] as const))(
    '"%s": a valid, self-contained transaction',
    (_, fixture) => {
      const signed = toBundle(encounterOf(id, fixture));
      checkBundle(signed);
      checkBundle(toBundle(encounterOf(id, fixture, { signed: false })));
      // Deterministic: the same encounter gives the same Bundle.
      expect(toBundle(encounterOf(id, fixture))).toStrictEqual(signed);
    },
  );
});
