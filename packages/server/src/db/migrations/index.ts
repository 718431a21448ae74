import type { Migration } from 'kysely';
import type { DialectName } from '../dialect.ts';
import { peopleAndAttendances } from './001_people_and_attendances.ts';
import { clinicalRecords } from './002_clinical_records.ts';
import { auditLog } from './003_audit_log.ts';

/** Every migration, in order; names are versions. Never edit one that has shipped: add the next. */
export const migrationsFor = (dialect: DialectName): Record<string, Migration> => ({
  '001_people_and_attendances': peopleAndAttendances(dialect),
  '002_clinical_records': clinicalRecords(dialect),
  '003_audit_log': auditLog(dialect),
});
