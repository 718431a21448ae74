// The FHIR R4 (4.0.1) data types this package writes: a hand-kept subset, checked in every test
// against the official HL7 JSON schema (src/test/schema.ts), so a wrong name fails a test.

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Expression {
  name?: string;
  language: string;
  expression?: string;
  description?: string;
}

export interface Extension {
  url: string;
  valueBoolean?: boolean;
  valueCode?: string;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
  valueExpression?: Expression;
  valueInteger?: number;
  valueString?: string;
}

/** A primitive's extensions (`_valueDateTime` and the like). */
export interface Element {
  extension?: Extension[];
}

export interface Meta {
  profile?: string[];
  security?: Coding[];
  source?: string;
}

export interface Annotation {
  text: string;
  time?: string;
}

/** What every resource of this package carries. */
export interface ResourceBase {
  id?: string;
  meta?: Meta;
  extension?: Extension[];
}
