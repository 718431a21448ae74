import { suggestProformas, type EncounterAnswers, type ProformaId } from '@proformas/core';
import { Hono } from 'hono';
import { loadAttendance, pathId } from '../access.ts';
import { actorOf, recordAudit } from '../audit.ts';
import { allow } from '../auth/roles.ts';
import { assessmentContext } from '../records/context.ts';
import { fromJson } from '../db/json.ts';
import type { AppEnv } from '../env.ts';
import { availableProformas, withProformaValidation } from '../proformas.ts';

/** Which proformas this attendance needs (core suggestProformas over the drafts so far), and its context. */
export const suggestionsRoutes = () =>
  new Hono<AppEnv>().get('/', allow('attendances.read'), async (c) => {
    const { storage, clock } = c.var.deps;
    const bundle = await loadAttendance(c, pathId(c, 'id', 'The attendance'));
    const drafts = await storage.db
      .selectFrom('drafts')
      .select(['proforma_id', 'answers'])
      .where('attendance_id', '=', bundle.attendance.id)
      .execute();
    const answersSoFar: EncounterAnswers = {};
    for (const draft of drafts) answersSoFar[draft.proforma_id as ProformaId] = fromJson(draft.answers);
    const context = assessmentContext(bundle.patient, bundle.attendance, bundle.site);
    const suggestions = withProformaValidation('', () => suggestProformas(context, answersSoFar));
    await recordAudit(storage.db, actorOf(c.var.session), clock.now(), [
      {
        action: 'read',
        resource: 'suggestions',
        resourceId: bundle.attendance.id,
        patientId: bundle.patient.id,
      },
    ]);
    const available = availableProformas();
    return c.json({
      suggestions: suggestions.map((s) => ({ ...s, available: available.includes(s.id) })),
      available,
      // The context core was given, so a browser runs the forms on exactly the same one.
      context,
    });
  });
