import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Headless Debian chromium; a new object per project (Vitest mutates `instances`). */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          typecheck: { enabled: false },
        },
      },
      {
        test: {
          name: 'fhir',
          root: 'packages/fhir',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          typecheck: { enabled: false },
          // The files share one compiled FHIR R4 JSON schema per worker (compiling it takes seconds).
          isolate: false,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          root: 'packages/server',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          // Starts (installing if needed) the PostgreSQL the suite also runs on: scripts/postgres.sh.
          globalSetup: ['./src/test/globalSetup.ts'],
          // The files share no state; one module graph per worker saves re-importing core each file.
          isolate: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/test/setup.ts'],
          // user-event in jsdom is slow on two cores; a whole-form walk takes seconds.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'element',
          root: 'packages/element',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
          setupFiles: ['./src/test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'embed',
          root: 'apps/miu',
          environment: 'node',
          include: ['src/embed/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'miu-shell',
          root: 'apps/miu',
          environment: 'node',
          include: ['src/shell/**/*.test.ts'],
        },
      },
      {
        plugins: [storybookTest({ configDir: path.join(root, '.storybook') })],
        test: {
          name: 'storybook',
          browser: browser(),
          testTimeout: 60_000,
        },
      },
    ],
  },
});
