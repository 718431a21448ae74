import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>[number];

/** The EPR host page (issue 5). Ports 4175-4176 are reserved. */
export const eprServers: WebServer[] = [];
