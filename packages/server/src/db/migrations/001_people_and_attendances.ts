import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../dialect.ts';

/** Sites, users and their sessions, patients and attendances: the registry. */
export const peopleAndAttendances = (_dialect: DialectName): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('provider_id', 'text', (c) => c.notNull())
      .addColumn('provider_name', 'text', (c) => c.notNull())
      .addColumn('department_type', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('config', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('professional_role', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('user_sites')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addPrimaryKeyConstraint('user_sites_pk', ['user_id', 'site_id'])
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('site_id', 'text', (c) => c.references('sites.id'))
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('patients')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('nhs_number', 'text', (c) => c.unique())
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('family_name', 'text', (c) => c.notNull())
      .addColumn('date_of_birth', 'text', (c) => c.notNull())
      .addColumn('sex', 'text', (c) => c.notNull())
      .addColumn('address', 'text')
      .addColumn('gp_practice', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('patients_birth').on('patients').column('date_of_birth').execute();

    await db.schema
      .createTable('attendances')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('arrived_at', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('department_type', 'text', (c) => c.notNull())
      .addColumn('presenting_complaint', 'text', (c) => c.notNull())
      .addColumn('reasons', 'text', (c) => c.notNull())
      .addColumn('accompanied_by', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('left_before_seen', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('safeguarding_concern_recorded', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('referral_made', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('referral_to', 'text')
      .addColumn('referral_reference', 'text')
      .addColumn('level', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('attendances_patient')
      .on('attendances')
      .columns(['patient_id', 'arrived_at'])
      .execute();
    await db.schema
      .createIndex('attendances_site_day')
      .on('attendances')
      .columns(['site_id', 'arrived_at'])
      .execute();
    await db.schema.createIndex('attendances_arrived').on('attendances').column('arrived_at').execute();
  },
});
