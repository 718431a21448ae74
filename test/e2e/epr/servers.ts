import type { PlaywrightTestConfig } from '@playwright/test';

/** The EPR host page (issue 5). Ports 4175-4176 are reserved. */
export const eprServers: NonNullable<PlaywrightTestConfig['webServer']> = [];
