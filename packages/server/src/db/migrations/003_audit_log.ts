import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialect.ts';

const APPEND_ONLY = ['audit_log', 'assessments'] as const;

/** The append-only audit log; the database itself refuses to change it or a signed assessment. */
export const auditLog = (dialect: DialectName): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) =>
        dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
      )
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.references('users.id'))
      .addColumn('site_id', 'text', (c) => c.references('sites.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('resource', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text')
      .addColumn('patient_id', 'text', (c) => c.references('patients.id'))
      .execute();
    await db.schema.createIndex('audit_patient').on('audit_log').columns(['patient_id', 'at']).execute();
    await db.schema.createIndex('audit_user').on('audit_log').columns(['user_id', 'at']).execute();

    if (dialect === 'sqlite') {
      for (const table of APPEND_ONLY) {
        for (const event of ['UPDATE', 'DELETE']) {
          await sql
            .raw(
              `CREATE TRIGGER ${table}_no_${event.toLowerCase()} BEFORE ${event} ON ${table} ` +
                `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
            )
            .execute(db);
        }
      }
      return;
    }
    await sql
      .raw(
        `CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
          `BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
      )
      .execute(db);
    for (const table of APPEND_ONLY) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} ` +
            `FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} ` +
            `FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
        )
        .execute(db);
    }
  },
});
