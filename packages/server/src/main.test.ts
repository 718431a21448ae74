import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { postgresUrl } from './test/storage.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface Running {
  process: ChildProcess;
  url: string;
  output: () => string;
}

/** Starting a process compiles the TypeScript first: slow on a busy machine. */
const STARTS = 120_000;
const children = new Set<ChildProcess>();
// Whatever happens in a test, no server outlives it.
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
});

/** Start main.ts as a user would, on a free port, and wait for its "API on" line. */
const start = (cwd: string, env: Record<string, string>): Promise<Running> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, main], {
      cwd,
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`main.ts did not start:\n${output}`)), STARTS / 2);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /API on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ process: child, url: `http://127.0.0.1:${port}`, output: () => output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`main.ts exited (${code}):\n${output}`)));
  });

const stop = (running: Running) =>
  new Promise<void>((resolve) => {
    running.process.removeAllListeners('exit');
    running.process.on('exit', () => {
      children.delete(running.process);
      resolve();
    });
    running.process.kill('SIGTERM');
  });

const health = async (running: Running) => {
  const response = await fetch(`${running.url}/api/health`);
  return {
    status: response.status,
    body: (await response.json()) as { dialect: string; migration: { version: string } },
  };
};

describe('main.ts on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proformas-main-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'creates, migrates and seeds ./data/proformas.sqlite on first start, prints the demo sign-ins, and only then',
    async () => {
      const first = await start(dir, {});
      expect(first.output()).toMatch(/sam\.carter\s+demo-miu-clinician/);
      expect(await health(first)).toEqual({
        status: 200,
        body: expect.objectContaining({
          status: 'ok',
          dialect: 'sqlite',
          migration: expect.objectContaining({ version: '003_audit_log' }),
        }),
      });
      expect(existsSync(join(dir, 'data', 'proformas.sqlite'))).toBe(true);
      await stop(first);
      const second = await start(dir, {});
      expect(second.output()).not.toContain('Seeded');
      expect((await health(second)).status).toBe(200);
      await stop(second);
    },
    STARTS * 2,
  );
});

describe('main.ts on PostgreSQL (DATABASE_URL)', () => {
  it(
    'migrates and seeds the database named by DATABASE_URL (in DATABASE_SCHEMA)',
    async () => {
      const admin = new Kysely<unknown>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: postgresUrl(), max: 1 }) }),
      });
      const name = `main_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      await sql.raw(`create schema ${name}`).execute(admin);
      try {
        const running = await start(tmpdir(), { DATABASE_URL: postgresUrl(), DATABASE_SCHEMA: name });
        expect(running.output()).toContain('Seeded');
        expect((await health(running)).body).toMatchObject({
          dialect: 'postgres',
          migration: { version: '003_audit_log' },
        });
        await stop(running);
      } finally {
        await sql.raw(`drop schema if exists ${name} cascade`).execute(admin);
        await admin.destroy();
      }
    },
    STARTS,
  );
});
