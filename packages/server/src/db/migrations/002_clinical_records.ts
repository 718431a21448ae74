import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../dialect.ts';

/** Drafts, signed assessments, referral and notification documents, and review records. */
export const clinicalRecords = (_dialect: DialectName): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('drafts')
      .addColumn('attendance_id', 'text', (c) => c.notNull().references('attendances.id'))
      .addColumn('proforma_id', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('snapshot', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
      .addPrimaryKeyConstraint('drafts_pk', ['attendance_id', 'proforma_id'])
      .execute();

    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('attendance_id', 'text', (c) => c.notNull().references('attendances.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('context', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('actions', 'text', (c) => c.notNull())
      .addColumn('history', 'text', (c) => c.notNull())
      .addColumn('signed_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('signer_name', 'text', (c) => c.notNull())
      .addColumn('signer_role', 'text', (c) => c.notNull())
      .addColumn('signed_at', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addUniqueConstraint('assessments_version', ['attendance_id', 'version'])
      .execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('attendance_id', 'text', (c) => c.notNull().references('attendances.id'))
      .addColumn('assessment_id', 'text', (c) => c.references('assessments.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('metadata', 'text', (c) => c.notNull())
      .addColumn('sensitivity', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reference', 'text')
      .addColumn('not_sent_reason', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('status_at', 'text')
      .execute();
    await db.schema.createIndex('documents_attendance').on('documents').column('attendance_id').execute();

    await db.schema
      .createTable('reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('attendance_id', 'text', (c) => c.notNull().references('attendances.id'))
      .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('reviewed_at', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reviews_attendance').on('reviews').column('attendance_id').execute();
  },
});
