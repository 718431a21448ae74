import type { Coding, Element, Extension, Reference, ResourceBase } from './datatypes.ts';

export type QuestionnaireItemType =
  'group' | 'display' | 'boolean' | 'integer' | 'date' | 'dateTime' | 'string' | 'text' | 'choice';

export type EnableWhenOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';

export interface QuestionnaireEnableWhen {
  question: string;
  operator: EnableWhenOperator;
  answerBoolean?: boolean;
  answerInteger?: number;
  answerDate?: string;
  answerDateTime?: string;
  answerString?: string;
  answerCoding?: Coding;
}

export interface QuestionnaireAnswerOption {
  valueCoding: Coding;
}

export interface QuestionnaireItem {
  extension?: Extension[];
  linkId: string;
  code?: Coding[];
  prefix?: string;
  text?: string;
  type: QuestionnaireItemType;
  enableWhen?: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire extends ResourceBase {
  resourceType: 'Questionnaire';
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType: string[];
  description?: string;
  code?: Coding[];
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDate?: string;
  valueDateTime?: string;
  _valueDateTime?: Element;
  valueString?: string;
  valueCoding?: Coding;
}

export interface QuestionnaireResponseItem {
  extension?: Extension[];
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export type QuestionnaireResponseStatus = 'in-progress' | 'completed' | 'amended' | 'entered-in-error';

export interface QuestionnaireResponse extends ResourceBase {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: QuestionnaireResponseStatus;
  subject?: Reference;
  encounter?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}
