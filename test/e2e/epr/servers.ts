import { resolve } from 'node:path';
import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>[number];

const root = resolve(import.meta.dirname, '../../..');

/** The EPR host page (apps/epr-host) with the custom element's built script. */
export const EPR_PORT = 4175;
/** The MIU app's iframe route (embed.html), built into its own folder so it races no other build. */
export const EMBED_PORT = 4176;
const EMBED_OUT = '../../node_modules/.epr-embed';

/** Issue 5: ports 4175 and 4176 are reserved for these. */
export const eprServers: WebServer[] = [
  {
    command: `pnpm --filter @proformas/element build && node apps/epr-host/serve.mjs --port ${EPR_PORT}`,
    cwd: root,
    url: `http://127.0.0.1:${EPR_PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
  {
    command:
      `pnpm --filter @proformas/miu exec vite build --outDir ${EMBED_OUT} --emptyOutDir --logLevel warn && ` +
      `pnpm --filter @proformas/miu exec vite preview --outDir ${EMBED_OUT} --host 127.0.0.1 --port ${EMBED_PORT} --strictPort`,
    cwd: root,
    url: `http://127.0.0.1:${EMBED_PORT}/embed.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
];
