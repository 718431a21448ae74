import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>[number];

/** The MIU shell against its API server (issue 4). Ports 4174 (app) and 3101 (API) are reserved. */
export const miuServers: WebServer[] = [];
