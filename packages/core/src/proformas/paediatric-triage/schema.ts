import * as z from 'zod/mini';

// STUB: replaced by the full schema of paediatric-triage.md.
const yesNo = z.enum(['yes', 'no']);
export const paediatricTriageSchema = z.strictObject({
  immediateDanger: z.optional(yesNo),
  injuryTypes: z.optional(z.array(z.enum(['bruise-petechiae', 'other']))),
});
export type PaediatricTriageAnswers = z.infer<typeof paediatricTriageSchema>;
