import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { beforeAll, beforeEach, inject } from 'vitest';
import { openPostgres, openSqlite, type DialectName, type Storage } from '../db/dialect.ts';

/** Every API test runs once per dialect. */
export const dialects: DialectName[] = ['sqlite', 'postgres'];

/** The PostgreSQL URL; fails loudly (never skips) when PostgreSQL could not be started. */
export const postgresUrl = (): string => {
  const url = inject('postgresUrl');
  if (!url) throw new Error(`PostgreSQL is not available for the server tests. ${inject('postgresError')}`);
  return url;
};

const withAdmin = async (url: string, run: (db: Kysely<unknown>) => Promise<void>) => {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    await run(db);
  } finally {
    await db.destroy();
  }
};

/** A fresh, empty database: SQLite in memory, or a PostgreSQL schema of its own (dropped on close). */
export const openTestStorage = async (dialect: DialectName): Promise<Storage> => {
  if (dialect === 'sqlite') return openSqlite(':memory:');
  const url = postgresUrl();
  const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  try {
    await withAdmin(url, async (db) => {
      await sql.raw(`create schema ${schema}`).execute(db);
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL at ${new URL(url).host} is not reachable for the server tests: ${reason}`, {
      cause: error,
    });
  }
  const storage = openPostgres(url, { schema, max: 4 });
  return {
    ...storage,
    close: async () => {
      await storage.close();
      await withAdmin(url, (db) =>
        sql
          .raw(`drop schema ${schema} cascade`)
          .execute(db)
          .then(() => undefined),
      );
    },
  };
};

/**
 * beforeAll, except that when it fails (PostgreSQL missing, say) every test of the block fails with
 * the reason, rather than being reported as skipped.
 */
export const beforeAllOrFailEach = (setup: () => Promise<void>) => {
  let failure: unknown;
  beforeAll(async () => {
    try {
      await setup();
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(() => {
    if (failure !== undefined) throw failure;
  });
};
