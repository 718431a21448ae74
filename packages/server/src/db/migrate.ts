import { Migrator } from 'kysely';
import type { Storage } from './dialect.ts';
import { migrationsFor } from './migrations/index.ts';

export interface MigrationStatus {
  /** Name of the latest applied migration (its version), or null before the first. */
  version: string | null;
  applied: number;
  pending: number;
}

const migratorFor = (storage: Storage) =>
  new Migrator({
    db: storage.db,
    provider: { getMigrations: async () => migrationsFor(storage.dialect) },
    // Kysely looks for its own tables in every schema unless told which one is ours.
    ...(storage.schema ? { migrationTableSchema: storage.schema } : {}),
  });

/** Apply every pending migration; throws (naming the migration) if one fails. */
export const migrateToLatest = async (storage: Storage): Promise<MigrationStatus> => {
  const { error, results } = await migratorFor(storage).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed.`, { cause: error });
  }
  return migrationStatus(storage);
};

export const migrationStatus = async (storage: Storage): Promise<MigrationStatus> => {
  const migrations = await migratorFor(storage).getMigrations();
  const applied = migrations.filter((m) => m.executedAt !== undefined);
  return {
    version: applied.at(-1)?.name ?? null,
    applied: applied.length,
    pending: migrations.length - applied.length,
  };
};
