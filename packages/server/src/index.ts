// The public API of @proformas/server.
export { createApp, DEFAULT_OPTIONS, type App, type CreateAppInput } from './app.ts';
export { openPostgres, openSqlite, openStorage, type DialectName, type Storage } from './db/dialect.ts';
export { migrateToLatest, migrationStatus, type MigrationStatus } from './db/migrate.ts';
export { seedIfEmpty, seedId, type DemoSignIn } from './db/seed/seed.ts';
export { SEED_PATIENTS } from './db/seed/patients.ts';
export { SEED_SITES } from './db/seed/sites.ts';
export { SEED_USERS } from './db/seed/users.ts';
export {
  hashPassword,
  verifyPassword,
  STRONG_PASSWORD_PARAMS,
  type PasswordParams,
} from './auth/password.ts';
export { ROLES, PERMISSIONS, type Role, type Permission } from './auth/roles.ts';
export { isValidNhsNumber, nhsCheckDigit } from './nhsNumber.ts';
export type { CpisPort, CpisResult, CpisStatus } from './ports/cpis.ts';
export { simulatedCpis, SIMULATED_CPIS_LABEL, type SimulatedCpisFlag } from './ports/cpis-simulated.ts';
export type { RegistryPort, RegistryQuery } from './ports/registry.ts';
export { databaseRegistry } from './ports/registry-database.ts';
export { memoryLogger, stdoutLogger } from './requestLog.ts';
export type { AppOptions, Logger, Ports, RequestLogLine } from './env.ts';
export type { Clock } from './time.ts';
