import type { ProformaId } from '@proformas/core';
import { api } from './client.ts';
import type { Draft } from './types.ts';

export const fetchDrafts = (attendanceId: string): Promise<Draft[]> =>
  api<Draft[]>('GET', `/attendances/${attendanceId}/drafts`);

export const saveDraft = (
  attendanceId: string,
  proformaId: ProformaId,
  body: { answers: Record<string, unknown>; snapshot: Record<string, unknown> | null; baseVersion?: number },
): Promise<Draft> => api<Draft>('PUT', `/attendances/${attendanceId}/drafts/${proformaId}`, body);
