import type { EncounterAnswers, EncounterAssessment } from '../engine/assessEncounter.ts';
import type { AssessmentContext, DepartmentType } from '../model/context.ts';

/** The four documents of referrals.md (§1–§4). */
export type DocumentKind = 'mash-referral' | 'marac-referral' | 'fgm-police-report' | 'notification';

/** domain/README.md "Sensitivity of letters and referrals"; FHIR `meta.security` (coding.md §2.8). */
export type Sensitivity = 'safeguarding-third-party';

/** A contact from the site's configuration (referrals.md "Inputs": `directory`). */
export interface DirectoryContact {
  name: string;
  phone?: string;
  email?: string;
  address?: string;
}

/** The inputs no proforma holds (referrals.md "Inputs and notation"). */
export interface DocumentInputs {
  patient: {
    fullName: string;
    otherNames?: string;
    nhsNumber?: string;
    address?: string;
    firstLanguage?: string;
    interpreterNeeded?: boolean;
    disability?: string;
  };
  /** The signed-in clinician. */
  referrer: { name: string; role: string; service: string; phone: string; email: string };
  site: { name: string; odsCode: string; departmentType: DepartmentType; address?: string };
  clinical?: { diagnosis?: string; treatment?: string };
  directory: {
    mash?: DirectoryContact;
    emergencyDutyTeam?: DirectoryContact;
    police101?: DirectoryContact;
    maracCoordinator?: DirectoryContact;
    gpPractice?: DirectoryContact;
    healthVisiting?: DirectoryContact;
    schoolNursing?: DirectoryContact;
  };
}

export interface DraftDocumentsInput {
  answers: EncounterAnswers;
  context: AssessmentContext;
  assessment: EncounterAssessment;
  inputs: DocumentInputs;
  /** A paediatric triage launched from an adult's hidden-harm form: every document is sensitive. */
  launchedFromHiddenHarm?: boolean;
  /** The safeguarding lead decided to refer after CONSIDER_MASH or another DISCUSS outcome (§1). */
  leadDecidedToRefer?: boolean;
}

export type RecipientRole =
  | 'mash'
  | 'emergency-duty-team'
  | 'social-worker'
  | 'marac-coordinator'
  | 'police-101'
  | 'gp'
  | 'health-visitor'
  | 'school-nurse';

export interface Recipient {
  readonly role: RecipientRole;
  /** The placeholder when the contact is not recorded (blocks approval). */
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface DocumentField {
  readonly name: string;
  readonly label: string;
  readonly text: string;
  readonly required: boolean;
  /** The text holds "[Not recorded: add this before sending]" somewhere (blocks approval). */
  readonly placeholder: boolean;
}

/** A rule of referrals.md §5 that a piece of text breaks. */
export interface PlainLanguageFlag {
  /** The word or characters as found in the text. */
  readonly word: string;
  /** The §5 rule number (2: abbreviations and "?"; 3: doses). */
  readonly rule: 2 | 3;
  /** The rule in a few words, e.g. "No unexplained abbreviations". */
  readonly ruleTitle: string;
  /** What to write instead, in plain words. */
  readonly message: string;
  /** Position of the word in the checked text. */
  readonly index: number;
  /** The field the word is in, when the text is a draft's. */
  readonly field?: string;
}

export type AddressedTo = 'MASH' | 'MARAC';

export interface DocumentDraft {
  /** Deterministic: the same input gives the same id. */
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly recipients: readonly Recipient[];
  /** Once set, never removed (see editDraft). */
  readonly sensitivity?: Sensitivity;
  /** Why the sensitivity is set, for the record and the metadata. */
  readonly sensitivityReasons: readonly string[];
  /** The body the document is addressed to, for the abbreviation check (§5 rule 2). */
  readonly addressedTo?: AddressedTo;
  readonly fields: readonly DocumentField[];
  /** The whole draft in plain English, markdown-ish. */
  readonly text: string;
  readonly flags: readonly PlainLanguageFlag[];
}

/**
 * What a drafter may change: field texts, the recipients' details (not who receives it: the same
 * roles in the same order) and adding the sensitivity (never removing it).
 */
export interface DraftChanges {
  fields?: Readonly<Record<string, string>>;
  recipients?: readonly Recipient[];
  sensitivity?: Sensitivity;
}
