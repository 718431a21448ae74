import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { forbidden, HttpError, unauthorised } from '../errors.ts';

export const ROLES = ['clinician', 'safeguarding-lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const CLINICAL = ['clinician', 'safeguarding-lead'] as const satisfies readonly Role[];

/** Who may do what. Every route names one permission; nothing is open by default. */
export const PERMISSIONS = {
  'sites.read': ['clinician', 'safeguarding-lead', 'admin'],
  'patients.read': CLINICAL,
  'patients.write': CLINICAL,
  'attendances.read': CLINICAL,
  'attendances.write': CLINICAL,
  'drafts.read': CLINICAL,
  'drafts.write': CLINICAL,
  'assessments.read': CLINICAL,
  'assessments.sign': CLINICAL,
  'documents.read': CLINICAL,
  'documents.write': CLINICAL,
  'registry.read': CLINICAL,
  'cpis.read': CLINICAL,
  'review.read': ['safeguarding-lead'],
  'review.write': ['safeguarding-lead'],
  'audit.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const can = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/**
 * Guard a route: signed in, the role holds the permission, and (for anything touching a patient)
 * a site has been chosen, so every audit row says where the request came from.
 */
export const allow =
  (permission: Permission, options: { needsSite?: boolean } = {}): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const session = c.var.session;
    if (!session) throw unauthorised();
    if (!can(session.user.role, permission)) throw forbidden();
    const needsSite = options.needsSite ?? (permission !== 'sites.read' && permission !== 'audit.read');
    if (needsSite && !session.siteId) throw new HttpError(409, 'Choose the site you are working at first.');
    await next();
  };
