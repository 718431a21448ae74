import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { createApp } from './app.ts';
import { STRONG_PASSWORD_PARAMS } from './auth/password.ts';
import { openStorage } from './db/dialect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedIfEmpty } from './db/seed/seed.ts';
import { systemClock } from './time.ts';

// Starts the API on 127.0.0.1:PORT (default 3001). Storage: PostgreSQL when DATABASE_URL is
// postgres://… (tables in DATABASE_SCHEMA, default public), otherwise the SQLite file
// ./data/proformas.sqlite (SQLITE_FILE to change it),
// created, migrated and seeded on first start.

const say = (line: string) => process.stdout.write(`${line}\n`);

const port = Number(process.env['PORT'] ?? 3001);
const storage = openStorage({
  databaseUrl: process.env['DATABASE_URL'],
  databaseSchema: process.env['DATABASE_SCHEMA'],
  sqliteFile: resolve(process.env['SQLITE_FILE'] ?? './data/proformas.sqlite'),
});
const migration = await migrateToLatest(storage);
const seed = await seedIfEmpty(storage, systemClock, STRONG_PASSWORD_PARAMS);
if (seed.seeded) {
  say('Seeded three sites, four users and about fifty synthetic patients. Demo sign-ins:');
  for (const s of seed.signIns)
    say(`  ${s.username.padEnd(14)} ${s.password.padEnd(24)} ${s.role.padEnd(18)} ${s.sites.join(', ')}`);
}

const app = createApp({
  storage,
  options: {
    secureCookies: process.env['COOKIE_SECURE'] !== 'false',
    allowedOrigins: (process.env['ALLOWED_ORIGINS'] ?? '').split(',').filter((o) => o !== ''),
  },
});
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info) =>
  say(
    `Safeguarding proformas API on http://127.0.0.1:${info.port} (${storage.dialect}, migration ${migration.version ?? 'none'})`,
  ),
);

const stop = () => {
  server.close(() => void storage.close().then(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
