import type { ProformaId } from '@proformas/core';
import { api } from './client.ts';
import type { SignedAssessment } from './types.ts';

export const fetchAssessments = (attendanceId: string): Promise<SignedAssessment[]> =>
  api<SignedAssessment[]>('GET', `/attendances/${attendanceId}/assessments`);

export const signAssessment = (
  attendanceId: string,
  body: {
    id: string;
    answers: Partial<Record<ProformaId, Record<string, unknown>>>;
    history: 'registry' | 'unavailable';
  },
): Promise<SignedAssessment> =>
  api<SignedAssessment>('POST', `/attendances/${attendanceId}/assessments`, body);
