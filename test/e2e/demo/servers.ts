import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>[number];

/** The built MIU app (shell, demo and embed pages) served by `vite preview` on 4173. */
export const DEMO_PORT = 4173;
export const demoServers: WebServer[] = [
  {
    command: 'pnpm --filter @proformas/miu build && pnpm --filter @proformas/miu preview',
    url: `http://127.0.0.1:${DEMO_PORT}/demo.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
];
