import { Hono } from 'hono';
import { allow } from '../auth/roles.ts';
import { toSite } from '../records/sites.ts';
import type { AppEnv } from '../env.ts';

/** Every site of the region (for choosing a site and filtering the board, review and audit). */
export const sitesRoutes = () =>
  new Hono<AppEnv>().get('/', allow('sites.read'), async (c) => {
    const rows = await c.var.deps.storage.db.selectFrom('sites').selectAll().orderBy('name').execute();
    return c.json(rows.map(toSite));
  });
