import { describe, expect, it } from 'vitest';
import { fhirRootSchemaErrors, fhirSchemaErrors } from './schema.ts';

// The validator must be able to fail, or every "validates" test below would prove nothing.
describe('the FHIR R4 JSON schema check', () => {
  const qr = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'https://x.org/Questionnaire/a|1',
    status: 'in-progress',
  };

  it('accepts a minimal valid resource, by its definition and by the root schema', () => {
    expect(fhirSchemaErrors(qr)).toEqual([]);
    expect(fhirRootSchemaErrors(qr)).toEqual([]);
  });

  it('refuses an unknown property, a wrong code, a bad dateTime and an empty string', () => {
    expect(fhirSchemaErrors({ ...qr, answers: [] })).not.toEqual([]);
    expect(fhirSchemaErrors({ ...qr, status: 'draft' })).not.toEqual([]);
    expect(fhirSchemaErrors({ ...qr, authored: '2025-03-14T16:30+00:00' })).not.toEqual([]);
    expect(fhirSchemaErrors({ ...qr, item: [{ linkId: 'A1', answer: [{ valueString: '' }] }] })).not.toEqual(
      [],
    );
    expect(fhirRootSchemaErrors({ ...qr, resourceType: 'Questionaire' })).not.toEqual([]);
  });

  it('refuses a resource type R4 does not have', () => {
    expect(fhirSchemaErrors({ resourceType: 'NotAResource' })).toEqual([
      'NotAResource is not an R4 resource type',
    ]);
  });
});
