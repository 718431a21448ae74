import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import type { AppEnv } from '../env.ts';
import type { CpisResult } from '../ports/cpis.ts';
import { nhsNumberSchema } from '../schemas.ts';
import { readQuery } from '../validation.ts';

const lookupQuery = z.strictObject({ nhsNumber: nhsNumberSchema });

/** CP-IS lookup through the port; the simulated adapter labels every answer `simulated`. */
export const cpisRoutes = () =>
  new Hono<AppEnv>().get('/', allow('cpis.read'), async (c) => {
    const { storage, clock, ports } = c.var.deps;
    const { nhsNumber } = readQuery(c, lookupQuery);
    const now = clock.now();
    const patient = await storage.db
      .selectFrom('patients')
      .select('id')
      .where('nhs_number', '=', nhsNumber)
      .executeTakeFirst();
    const result: CpisResult = await ports.cpis.lookup(nhsNumber, now).catch(() => ({
      source: 'cp-is',
      label: 'CP-IS',
      nhsNumber,
      checkedAt: now.toISOString(),
      status: 'not-available',
      message:
        'CP-IS could not be checked. Record this; the safeguarding lead checks it the next working day.',
    }));
    await recordAudit(storage.db, actorOf(c.var.session), now, [
      { action: 'lookup', resource: 'cpis', patientId: patient?.id ?? null },
    ]);
    return c.json(result);
  });
