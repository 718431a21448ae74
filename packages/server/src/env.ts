import type { Role } from './auth/roles.ts';
import type { PasswordParams } from './auth/password.ts';
import type { Storage } from './db/dialect.ts';
import type { CpisPort } from './ports/cpis.ts';
import type { RegistryPort } from './ports/registry.ts';
import type { Clock } from './time.ts';

/** One line per request: method, route template, status, duration. Never a body, id or name. */
export interface RequestLogLine {
  method: string;
  route: string;
  status: number;
  durationMs: number;
}

export interface Logger {
  request(line: RequestLogLine): void;
}

export interface Ports {
  registry: RegistryPort;
  cpis: CpisPort;
}

export interface AppOptions {
  /** scrypt cost for new hashes (tests lower it; the default is strong). */
  passwordParams: PasswordParams;
  /** Minutes without a request before a session ends. */
  sessionIdleMinutes: number;
  /** Hours after sign-in when a session ends whatever happens. */
  sessionMaxHours: number;
  /** Mark cookies Secure (off only for plain-http development). */
  secureCookies: boolean;
  /** Origins allowed to send state-changing requests; empty = the server's own origin only. */
  allowedOrigins: readonly string[];
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Failed sign-ins per username allowed in the lock-out window. */
  maxFailedSignIns: number;
}

export interface AppDeps {
  storage: Storage;
  clock: Clock;
  ports: Ports;
  logger: Logger;
  options: AppOptions;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  professionalRole: string;
  role: Role;
}

/** The signed-in caller, loaded from the session cookie on each request. */
export interface SessionInfo {
  /** SHA-256 of the cookie token. */
  id: string;
  user: SessionUser;
  /** The site chosen after sign-in. */
  siteId: string | null;
  /** Sites the user works at. */
  siteIds: string[];
  csrfToken: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    session: SessionInfo | null;
  };
}
