import SqliteDatabase from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db } from './types.ts';

export type DialectName = 'sqlite' | 'postgres';

/** The one storage the app is given: a typed query layer over SQLite or PostgreSQL. */
export interface Storage {
  db: Db;
  dialect: DialectName;
  /** PostgreSQL schema holding the tables (tests give each file its own). */
  schema: string | undefined;
  close(): Promise<void>;
}

/** SQLite (better-sqlite3): a file (its folder is created) or ':memory:'. */
export const openSqlite = (file: string): Storage => {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', schema: undefined, close: () => db.destroy() };
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** PostgreSQL through a pg pool; `schema` becomes the search_path of every connection. */
export const openPostgres = (
  connectionString: string,
  options: { schema?: string; max?: number } = {},
): Storage => {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema))
    throw new Error('The PostgreSQL schema name must be lower-case letters, digits and _.');
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', schema, close: () => db.destroy() };
};

/** DATABASE_URL=postgres://… selects PostgreSQL (in DATABASE_SCHEMA, default public); otherwise the SQLite file. */
export const openStorage = (env: {
  databaseUrl?: string | undefined;
  databaseSchema?: string | undefined;
  sqliteFile: string;
}): Storage => {
  const url = env.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url))
    return openPostgres(url, env.databaseSchema ? { schema: env.databaseSchema } : {});
  if (url) throw new Error('DATABASE_URL must start with postgres:// (or be unset for SQLite).');
  return openSqlite(env.sqliteFile);
};
