import { randomUUID } from 'node:crypto';
import { createApp, type App } from '../app.ts';
import type { PasswordParams } from '../auth/password.ts';
import type { DialectName, Storage } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedId, seedIfEmpty } from '../db/seed/seed.ts';
import { SEED_SITES, type SiteKey } from '../db/seed/sites.ts';
import { SEED_USERS } from '../db/seed/users.ts';
import type { AppOptions, Ports } from '../env.ts';
import { memoryLogger } from '../requestLog.ts';
import { TestClient } from './client.ts';
import { testClock, type TestClock } from './clock.ts';
import { openTestStorage } from './storage.ts';

/** Cheap scrypt for tests only (the server's default is N = 2^17). */
export const FAST_PASSWORDS: PasswordParams = { N: 1024, r: 8, p: 1 };

export type SeedUser = 'sam.carter' | 'jordan.ellis' | 'lee.morgan' | 'casey.admin';
export type Role = 'clinician' | 'safeguarding-lead' | 'admin';

/** The seeded user for each role. */
export const USER_FOR_ROLE: Record<Role, SeedUser> = {
  clinician: 'sam.carter',
  'safeguarding-lead': 'lee.morgan',
  admin: 'casey.admin',
};

export interface TestServer {
  dialect: DialectName;
  app: App;
  storage: Storage;
  clock: TestClock;
  logger: ReturnType<typeof memoryLogger>;
  /** A new client with nobody signed in. */
  anonymous(): TestClient;
  /** A client signed in as a seed user, at a site (the lead and admin choose MIU if they can). */
  as(username: SeedUser, site?: SiteKey): Promise<TestClient>;
  close(): Promise<void>;
}

/** A migrated, seeded server on a fresh database of the given dialect. */
export const startTestServer = async (
  dialect: DialectName,
  options: Partial<AppOptions> = {},
  ports: Partial<Ports> = {},
): Promise<TestServer> => {
  const storage = await openTestStorage(dialect);
  const clock = testClock();
  const logger = memoryLogger();
  await migrateToLatest(storage);
  await seedIfEmpty(storage, clock, FAST_PASSWORDS);
  const app = createApp({
    storage,
    clock,
    logger,
    ports,
    options: { passwordParams: FAST_PASSWORDS, ...options },
  });
  const server: TestServer = {
    dialect,
    app,
    storage,
    clock,
    logger,
    anonymous: () => new TestClient(app),
    as: async (username, site) => {
      const client = new TestClient(app);
      const user = SEED_USERS.find((u) => u.username === username);
      if (!user) throw new Error(`No seed user ${username}`);
      const signedIn = await client.signIn(username, user.password);
      if (signedIn.status !== 200) throw new Error(`Sign-in failed for ${username}: ${signedIn.status}`);
      const siteKey = site ?? (user.sites.length > 1 ? 'MIU' : undefined);
      if (siteKey) {
        const chosen = await client.put('/api/auth/site', { siteId: SEED_SITES[siteKey].id });
        if (chosen.status !== 200)
          throw new Error(`Choosing ${siteKey} failed for ${username}: ${chosen.status}`);
      }
      return client;
    },
    close: () => storage.close(),
  };
  return server;
};

/** Seed patients and attendances by their seed key. */
export const seedPatientId = (key: string) => seedId(key);
export const seedTodayAttendanceId = (key: string) => seedId(`${key}:today`);
export const newId = () => randomUUID();

/** Count the rows of a table (numbers on both dialects). */
export const countRows = async (
  storage: Storage,
  table:
    | 'patients'
    | 'attendances'
    | 'drafts'
    | 'assessments'
    | 'documents'
    | 'reviews'
    | 'audit_log'
    | 'sessions',
): Promise<number> => {
  const row = await storage.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};
