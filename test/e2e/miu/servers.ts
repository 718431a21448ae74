import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>[number];

/** The MIU shell against its API server (issue 4). Ports 4174 (app) and 3101 (API) are reserved. */
export const MIU_PORT = Number(process.env.MIU_E2E_PORT ?? 4174);
export const MIU_API_PORT = Number(process.env.MIU_E2E_API_PORT ?? 3101);

// A fresh SQLite file per run (migrated and seeded on the server's first start), and the shell built
// into its own folder so it never collides with the demo project's build.
const runDir = mkdtempSync(join(tmpdir(), 'miu-e2e-'));

export const miuServers: WebServer[] = [
  {
    command: 'pnpm --filter @proformas/server start',
    url: `http://127.0.0.1:${MIU_API_PORT}/api/health`,
    env: {
      PORT: String(MIU_API_PORT),
      SQLITE_FILE: join(runDir, 'proformas.sqlite'),
      // Plain http on 127.0.0.1: a Secure cookie would not come back.
      COOKIE_SECURE: 'false',
    },
    // MIU_E2E_REUSE=1 reuses servers you started yourself (local iteration only).
    reuseExistingServer: process.env.MIU_E2E_REUSE === '1',
    timeout: 180_000,
    stdout: 'ignore',
  },
  {
    command: `pnpm --filter @proformas/miu exec vite build --outDir ${join(runDir, 'dist')} --emptyOutDir && pnpm --filter @proformas/miu exec vite preview --outDir ${join(runDir, 'dist')} --port ${MIU_PORT}`,
    url: `http://127.0.0.1:${MIU_PORT}/`,
    env: { MIU_API_URL: `http://127.0.0.1:${MIU_API_PORT}` },
    // MIU_E2E_REUSE=1 reuses servers you started yourself (local iteration only).
    reuseExistingServer: process.env.MIU_E2E_REUSE === '1',
    timeout: 240_000,
    stdout: 'ignore',
  },
];
