import { api, query } from './client.ts';
import type { AuditPage } from './types.ts';

export interface AuditFilter {
  nhsNumber?: string;
  username?: string;
  before?: number;
}
export const searchAudit = (filter: AuditFilter): Promise<AuditPage> =>
  api<AuditPage>('GET', `/audit${query({ ...filter, limit: 100 })}`);
