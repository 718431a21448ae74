import type { AttendanceRecord, RegistryLookupRequest } from '@proformas/core';
import { api, query } from './client.ts';

/** The cross-site attendance history the frequent-attender form asks for. */
export const lookUpAttendances = (
  request: RegistryLookupRequest,
  excludeAttendanceId: string,
): Promise<AttendanceRecord[]> =>
  api<AttendanceRecord[]>(
    'GET',
    `/registry/attendances${query({ nhsNumber: request.nhsNumber, from: request.from, to: request.to, excludeAttendanceId })}`,
  );
