import type { Transaction } from 'kysely';
import { conflict } from '../errors.ts';
import { isUniqueViolation } from './json.ts';
import type { Database, Db } from './types.ts';

type ClientIdTable = 'patients' | 'attendances' | 'assessments' | 'reviews';

/**
 * Create a record whose id the client chose, exactly once. A retry of the same request (same id,
 * same content) changes nothing and is told so; the same id with different content is a 409.
 * Runs in one transaction; if another request inserts the same id first, it is read as a retry.
 */
export const createOnce = async (args: {
  db: Db;
  table: ClientIdTable;
  id: string;
  hash: string;
  what: string;
  insert: (trx: Transaction<Database>) => Promise<void>;
  replayed?: (trx: Transaction<Database>) => Promise<void>;
}): Promise<'created' | 'replayed'> => {
  const attempt = () =>
    args.db.transaction().execute(async (trx): Promise<'created' | 'replayed'> => {
      const existing = await trx
        .selectFrom(args.table)
        .select('request_hash')
        .where('id', '=', args.id)
        .executeTakeFirst();
      if (existing) {
        if (existing.request_hash !== args.hash) {
          throw conflict(
            `A different ${args.what} already has this id. Make a new id for a new ${args.what}.`,
          );
        }
        await args.replayed?.(trx);
        return 'replayed';
      }
      await args.insert(trx);
      return 'created';
    });
  try {
    return await attempt();
  } catch (error) {
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
};
