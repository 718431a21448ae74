import type {
  Annotation,
  CodeableConcept,
  Coding,
  Identifier,
  Period,
  Reference,
  ResourceBase,
} from './datatypes.ts';
import type { Questionnaire, QuestionnaireResponse } from './questionnaire.ts';

export interface RiskAssessment extends ResourceBase {
  resourceType: 'RiskAssessment';
  status: 'preliminary' | 'final' | 'amended' | 'entered-in-error';
  method?: CodeableConcept;
  code?: CodeableConcept;
  subject: Reference;
  encounter?: Reference;
  occurrenceDateTime?: string;
  performer?: Reference;
  basis?: Reference[];
  prediction?: { outcome?: CodeableConcept; qualitativeRisk?: CodeableConcept }[];
  note?: Annotation[];
}

export interface Flag extends ResourceBase {
  resourceType: 'Flag';
  status: 'active' | 'inactive' | 'entered-in-error';
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  period?: Period;
  encounter?: Reference;
  author?: Reference;
}

export interface Communication extends ResourceBase {
  resourceType: 'Communication';
  identifier?: Identifier[];
  basedOn?: Reference[];
  status: 'preparation' | 'in-progress' | 'completed';
  category?: CodeableConcept[];
  priority?: 'routine' | 'urgent' | 'asap' | 'stat';
  medium?: CodeableConcept[];
  subject?: Reference;
  topic?: CodeableConcept;
  about?: Reference[];
  encounter?: Reference;
  sent?: string;
  recipient?: Reference[];
  sender?: Reference;
  payload?: { contentString: string }[];
  note?: Annotation[];
}

export interface ServiceRequest extends ResourceBase {
  resourceType: 'ServiceRequest';
  status: 'draft' | 'active' | 'completed';
  intent: 'proposal' | 'plan' | 'order';
  category?: CodeableConcept[];
  priority?: 'routine' | 'urgent' | 'asap' | 'stat';
  code?: CodeableConcept;
  subject: Reference;
  encounter?: Reference;
  authoredOn?: string;
  requester?: Reference;
  performerType?: CodeableConcept;
  reasonReference?: Reference[];
  supportingInfo?: Reference[];
  note?: Annotation[];
}

export interface Task extends ResourceBase {
  resourceType: 'Task';
  status: 'draft' | 'requested' | 'in-progress' | 'completed' | 'cancelled';
  intent: 'order' | 'plan' | 'proposal';
  priority?: 'routine' | 'urgent' | 'asap' | 'stat';
  code?: CodeableConcept;
  description?: string;
  focus?: Reference;
  for?: Reference;
  encounter?: Reference;
  authoredOn?: string;
  requester?: Reference;
  owner?: Reference;
  reasonReference?: Reference;
  restriction?: { period?: Period };
  output?: { type: CodeableConcept; valueString: string }[];
}

export interface Encounter extends ResourceBase {
  resourceType: 'Encounter';
  identifier?: Identifier[];
  status: 'planned' | 'arrived' | 'in-progress' | 'finished' | 'cancelled';
  class: Coding;
  type?: CodeableConcept[];
  subject?: Reference;
  period?: Period;
  reasonCode?: CodeableConcept[];
  hospitalization?: { dischargeDisposition?: CodeableConcept };
  location?: { location: Reference }[];
  serviceProvider?: Reference;
}

export type Resource =
  | Questionnaire
  | QuestionnaireResponse
  | RiskAssessment
  | Flag
  | Communication
  | ServiceRequest
  | Task
  | Encounter;

export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
  request: { method: 'POST' | 'PUT'; url: string };
}

export interface Bundle {
  resourceType: 'Bundle';
  id?: string;
  type: 'transaction';
  timestamp?: string;
  entry: BundleEntry[];
}
