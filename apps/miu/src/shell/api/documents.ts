import { api } from './client.ts';
import type { DocumentKind, SafeguardingDocument } from './types.ts';

export const fetchDocuments = (attendanceId: string): Promise<SafeguardingDocument[]> =>
  api<SafeguardingDocument[]>('GET', `/attendances/${attendanceId}/documents`);

export interface DocumentDraftBody {
  attendanceId: string;
  assessmentId: string | null;
  kind: DocumentKind;
  recipient: string;
  title: string;
  text: string;
  sensitivity: 'safeguarding-third-party' | null;
  metadata: Record<string, unknown>;
}
export const saveDocument = (id: string, body: DocumentDraftBody): Promise<SafeguardingDocument> =>
  api<SafeguardingDocument>('PUT', `/documents/${id}`, body);

export const markSent = (id: string, reference: string): Promise<SafeguardingDocument> =>
  api<SafeguardingDocument>('POST', `/documents/${id}/status`, { status: 'sent', reference });

export const markNotSent = (id: string, reason: string): Promise<SafeguardingDocument> =>
  api<SafeguardingDocument>('POST', `/documents/${id}/status`, { status: 'not-sent', reason });
