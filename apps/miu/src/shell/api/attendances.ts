import type { AttendanceReason } from '@proformas/core';
import { api, query } from './client.ts';
import type {
  Attendance,
  AttendanceBundle,
  AttendanceStatus,
  BoardRow,
  Companion,
  CpisAnswer,
  Suggestions,
} from './types.ts';

export interface NewAttendance {
  id: string;
  patientId: string;
  presentingComplaint: string;
  reasons: AttendanceReason[];
  accompaniedBy: Companion[];
}
export const registerAttendance = (attendance: NewAttendance): Promise<Attendance> =>
  api<Attendance>('POST', '/attendances', attendance);

export const fetchBoard = (filter: { date?: string; status?: AttendanceStatus } = {}): Promise<BoardRow[]> =>
  api<BoardRow[]>('GET', `/attendances${query(filter)}`);

export const fetchAttendance = (id: string): Promise<AttendanceBundle> =>
  api<AttendanceBundle>('GET', `/attendances/${id}`);

export const updateAttendance = (id: string, change: Partial<Attendance>): Promise<Attendance> =>
  api<Attendance>('PATCH', `/attendances/${id}`, change);

export const fetchSuggestions = (id: string): Promise<Suggestions> =>
  api<Suggestions>('GET', `/attendances/${id}/suggestions`);

export const fetchCpis = (nhsNumber: string): Promise<CpisAnswer> =>
  api<CpisAnswer>('GET', `/cpis${query({ nhsNumber })}`);
