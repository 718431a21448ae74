import { api } from './client.ts';
import type { SafeguardingDocument } from './types.ts';

export const fetchDocuments = (attendanceId: string): Promise<SafeguardingDocument[]> =>
  api<SafeguardingDocument[]>('GET', `/attendances/${attendanceId}/documents`);

/** What a draft is saved with: the document without its status (the server keeps that). */
export type DocumentDraftBody = Pick<
  SafeguardingDocument,
  'attendanceId' | 'assessmentId' | 'kind' | 'recipient' | 'title' | 'text' | 'sensitivity' | 'metadata'
>;
export const saveDocument = (id: string, body: DocumentDraftBody): Promise<SafeguardingDocument> =>
  api<SafeguardingDocument>('PUT', `/documents/${id}`, body);

export const markSent = (id: string, reference: string): Promise<SafeguardingDocument> =>
  api<SafeguardingDocument>('POST', `/documents/${id}/status`, { status: 'sent', reference });

export const markNotSent = (id: string, reason: string): Promise<SafeguardingDocument> =>
  api<SafeguardingDocument>('POST', `/documents/${id}/status`, { status: 'not-sent', reason });
