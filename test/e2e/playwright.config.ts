import { defineConfig } from '@playwright/test';
import { DEMO_PORT, demoServers } from './demo/servers.ts';
import { eprServers } from './epr/servers.ts';
import { miuServers } from './miu/servers.ts';

// One project per area, each with its own servers and base URL (its folder's `servers.ts`):
// demo/ (the stand-alone demo page), miu/ (the MIU shell and its API), epr/ (the EPR host page).
export default defineConfig({
  testDir: '.',
  // A whole triage by keyboard takes a while on two cores.
  timeout: 240_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      // Debian's chromium: nothing is downloaded (never run `playwright install`).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'demo', testDir: './demo', use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` } },
    { name: 'miu', testDir: './miu', use: { baseURL: 'http://127.0.0.1:4174' } },
    { name: 'epr', testDir: './epr', use: { baseURL: 'http://127.0.0.1:4175' } },
  ],
  webServer: [...demoServers, ...miuServers, ...eprServers],
});
