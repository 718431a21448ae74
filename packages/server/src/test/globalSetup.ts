import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… for the PostgreSQL half of the suite, or '' when it could not be started. */
    postgresUrl: string;
    /** Why PostgreSQL is not available (the PostgreSQL tests then fail with this message). */
    postgresError: string;
  }
}

const script = fileURLToPath(new URL('../../../../scripts/postgres.sh', import.meta.url));

/**
 * Every API test runs on SQLite and on PostgreSQL. TEST_DATABASE_URL wins; otherwise
 * scripts/postgres.sh installs (if needed) and starts a private cluster and prints its URL.
 */
export default async function setup(project: TestProject) {
  const given = process.env['TEST_DATABASE_URL'];
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresError', '');
    return;
  }
  try {
    const { stdout } = await promisify(execFile)('bash', [script], { timeout: 15 * 60_000 });
    const url = /^DATABASE_URL=(\S+)$/m.exec(stdout)?.[1] ?? '';
    project.provide('postgresUrl', url);
    project.provide('postgresError', url ? '' : `scripts/postgres.sh printed no DATABASE_URL: ${stdout}`);
  } catch (error) {
    project.provide('postgresUrl', '');
    project.provide(
      'postgresError',
      `scripts/postgres.sh failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
