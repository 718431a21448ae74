import type { Db } from './db/types.ts';
import type { SessionInfo } from './env.ts';

export const AUDIT_ACTIONS = [
  'read',
  'list',
  'search',
  'create',
  'update',
  'sign',
  'status',
  'review',
  'lookup',
  'sign-in',
  'sign-in-refused',
  'sign-out',
  'choose-site',
  'audit-search',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditResource =
  | 'patient'
  | 'attendance'
  | 'suggestions'
  | 'draft'
  | 'assessment'
  | 'document'
  | 'review'
  | 'registry'
  | 'cpis'
  | 'session'
  | 'audit-log';

/** What happened to which record of which patient. */
export interface AuditEntry {
  action: AuditAction;
  resource: AuditResource;
  resourceId?: string | null;
  patientId?: string | null;
}

/** Who did it, from which site. */
export interface AuditActor {
  userId: string | null;
  siteId: string | null;
}

export const actorOf = (session: SessionInfo | null): AuditActor => ({
  userId: session?.user.id ?? null,
  siteId: session?.siteId ?? null,
});

/**
 * Append to the audit log (the database refuses updates and deletes). Pass the transaction of the
 * write it records, so both happen or neither; for reads, it runs before any data is returned.
 */
export const recordAudit = async (db: Db, actor: AuditActor, at: Date, entries: readonly AuditEntry[]) => {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        at: at.toISOString(),
        user_id: actor.userId,
        site_id: actor.siteId,
        action: entry.action,
        resource: entry.resource,
        resource_id: entry.resourceId ?? null,
        patient_id: entry.patientId ?? null,
      })),
    )
    .execute();
};
