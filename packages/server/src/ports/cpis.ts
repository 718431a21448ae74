/** CP-IS result codes, as the paediatric triage's A7 records them. */
export type CpisStatus = 'cpp' | 'lac' | 'unborn-cpp' | 'none' | 'not-available';

export interface CpisResult {
  /** Which adapter answered; anything but `cp-is` is not the national system. */
  source: 'simulated' | 'cp-is';
  /** Shown beside the result, so nobody mistakes a simulation for the national system. */
  label: string;
  nhsNumber: string;
  checkedAt: string;
  status: CpisStatus;
  /** The responsible local authority and its contact, when a plan or care order exists. */
  localAuthority?: string;
  localAuthorityPhone?: string;
  /** When the plan or care order began (YYYY-MM-DD). */
  since?: string;
  /** Why the check failed, in plain words (status `not-available`). */
  message?: string;
}

/** Child Protection – Information Sharing lookup; a real adapter replaces the simulated one. */
export interface CpisPort {
  lookup(nhsNumber: string, at: Date): Promise<CpisResult>;
}
