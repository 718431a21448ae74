import type { Role } from '../../auth/roles.ts';
import type { SiteKey } from './sites.ts';

export interface UserSeed {
  username: string;
  displayName: string;
  professionalRole: string;
  role: Role;
  sites: SiteKey[];
  /** Demo only: printed at first start. Change them (or the seed) before any real use. */
  password: string;
}

/** A clinician at each of two sites, a safeguarding lead for the region, an administrator. */
export const SEED_USERS: UserSeed[] = [
  {
    username: 'sam.carter',
    displayName: 'Sam Carter',
    professionalRole: 'Emergency nurse practitioner',
    role: 'clinician',
    sites: ['MIU'],
    password: 'demo-miu-clinician',
  },
  {
    username: 'jordan.ellis',
    displayName: 'Jordan Ellis',
    professionalRole: 'Advanced clinical practitioner',
    role: 'clinician',
    sites: ['WIC'],
    password: 'demo-wic-clinician',
  },
  {
    username: 'lee.morgan',
    displayName: 'Lee Morgan',
    professionalRole: 'Named nurse for safeguarding children',
    role: 'safeguarding-lead',
    sites: ['MIU', 'WIC', 'ED'],
    password: 'demo-safeguarding-lead',
  },
  {
    username: 'casey.admin',
    displayName: 'Casey Quinn',
    professionalRole: 'System administrator',
    role: 'admin',
    sites: [],
    password: 'demo-administrator',
  },
];
