import { ProformaValidationError } from '@proformas/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { csrfProtection } from './auth/csrf.ts';
import { loadSession } from './auth/middleware.ts';
import { STRONG_PASSWORD_PARAMS } from './auth/password.ts';
import type { Storage } from './db/dialect.ts';
import { SEED_CPIS_FLAGS } from './db/seed/cpis.ts';
import type { AppDeps, AppEnv, AppOptions, Logger, Ports } from './env.ts';
import { HttpError, SERVER_ERROR_MESSAGE } from './errors.ts';
import { securityHeaders } from './headers.ts';
import { simulatedCpis } from './ports/cpis-simulated.ts';
import { databaseRegistry } from './ports/registry-database.ts';
import { proformaValidationFailed } from './proformas.ts';
import { requestLog, stdoutLogger } from './requestLog.ts';
import { attendanceAssessmentsRoutes, assessmentsRoutes } from './routes/assessments.ts';
import { attendancesRoutes } from './routes/attendances.ts';
import { boardRoutes } from './routes/board.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { cpisRoutes } from './routes/cpis.ts';
import { attendanceDocumentsRoutes, documentsRoutes } from './routes/documents.ts';
import { documentStatusRoutes } from './routes/documentStatus.ts';
import { draftsRoutes } from './routes/drafts.ts';
import { healthRoutes } from './routes/health.ts';
import { patientsRoutes } from './routes/patients.ts';
import { registryRoutes } from './routes/registry.ts';
import { reviewRoutes } from './routes/review.ts';
import { sitesRoutes } from './routes/sites.ts';
import { suggestionsRoutes } from './routes/suggestions.ts';
import { systemClock, type Clock } from './time.ts';

export const DEFAULT_OPTIONS: AppOptions = {
  passwordParams: STRONG_PASSWORD_PARAMS,
  sessionIdleMinutes: 60,
  sessionMaxHours: 13,
  secureCookies: true,
  allowedOrigins: [],
  maxBodyBytes: 512 * 1024,
  maxFailedSignIns: 5,
};

export interface CreateAppInput {
  storage: Storage;
  clock?: Clock;
  ports?: Partial<Ports>;
  logger?: Logger;
  options?: Partial<AppOptions>;
}

/** The HTTP API: a Hono app over one Storage, a clock and the integration ports. */
export const createApp = (input: CreateAppInput) => {
  const options: AppOptions = { ...DEFAULT_OPTIONS, ...input.options };
  const deps: AppDeps = {
    storage: input.storage,
    clock: input.clock ?? systemClock,
    ports: {
      registry: input.ports?.registry ?? databaseRegistry(input.storage),
      cpis: input.ports?.cpis ?? simulatedCpis(SEED_CPIS_FLAGS),
    },
    logger: input.logger ?? stdoutLogger,
    options,
  };

  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('session', null);
    await next();
  });
  app.use('*', requestLog());
  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes,
      onError: (c) =>
        c.json(
          { error: `The request is too large (the limit is ${Math.round(options.maxBodyBytes / 1024)} KB).` },
          413,
        ),
    }),
  );
  app.use('/api/*', loadSession());
  app.use('/api/*', csrfProtection());

  const api = new Hono<AppEnv>();
  api.route('/health', healthRoutes());
  api.route('/auth', authRoutes(options.maxFailedSignIns));
  api.route('/sites', sitesRoutes());
  api.route('/patients', patientsRoutes());
  api.route('/attendances/:id/suggestions', suggestionsRoutes());
  api.route('/attendances/:id/drafts', draftsRoutes());
  api.route('/attendances/:id/assessments', attendanceAssessmentsRoutes());
  api.route('/attendances/:id/documents', attendanceDocumentsRoutes());
  api.route('/attendances', boardRoutes());
  api.route('/attendances', attendancesRoutes());
  api.route('/assessments', assessmentsRoutes());
  api.route('/documents', documentsRoutes());
  api.route('/documents', documentStatusRoutes());
  api.route('/registry', registryRoutes());
  api.route('/cpis', cpisRoutes());
  api.route('/review', reviewRoutes());
  api.route('/audit', auditRoutes());
  app.route('/api', api);

  app.notFound((c) => c.json({ error: 'There is no such address in this API.' }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(error.toBody(), error.status);
    if (error instanceof ProformaValidationError) {
      const failed = proformaValidationFailed(error, '');
      return c.json(failed.toBody(), failed.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: 'The request could not be read.' }, error.status);
    }
    // Nothing about the error reaches the client or the log: it may hold patient data.
    return c.json({ error: SERVER_ERROR_MESSAGE }, 500);
  });
  return app;
};

export type App = ReturnType<typeof createApp>;
