import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv, Logger } from './env.ts';

/** The route template ("/api/patients/:id"), never the path itself, which may hold an identifier. */
const routeTemplate = (route: string): string =>
  route === '*' || route === '/*' || route === '/api/*' ? '(no route)' : route;

/** Log one line per request: method, route template, status and duration only. */
export const requestLog = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const started = performance.now();
  await next();
  c.var.deps.logger.request({
    method: c.req.method,
    route: routeTemplate(routePath(c, -1)),
    status: c.res.status,
    durationMs: Math.round(performance.now() - started),
  });
};

/** JSON lines on stdout for production. */
export const stdoutLogger: Logger = {
  request: (line) => process.stdout.write(`${JSON.stringify({ at: new Date().toISOString(), ...line })}\n`),
};

/** For tests: keeps every line. */
export const memoryLogger = (): Logger & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, request: (line) => lines.push(JSON.stringify(line)) };
};
