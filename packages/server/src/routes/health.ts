import { Hono } from 'hono';
import { sql } from 'kysely';
import { migrationStatus } from '../db/migrate.ts';
import type { AppEnv } from '../env.ts';

/** Public: is the server up, which storage dialect, which migration version. No patient data. */
export const healthRoutes = () =>
  new Hono<AppEnv>().get('/', async (c) => {
    const { storage, clock } = c.var.deps;
    try {
      await sql`select 1`.execute(storage.db);
      const migration = await migrationStatus(storage);
      return c.json({ status: 'ok', dialect: storage.dialect, migration, time: clock.now().toISOString() });
    } catch {
      return c.json({ status: 'unavailable', dialect: storage.dialect }, 503);
    }
  });
