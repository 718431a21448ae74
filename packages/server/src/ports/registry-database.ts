import type { AttendanceRecord } from '@proformas/core';
import type { Storage } from '../db/dialect.ts';
import { fromFlag, fromJson } from '../db/json.ts';
import type { RegistryPort, RegistryQuery } from './registry.ts';

/** The registry adapter over this server's own database: every attendance at every site. */
export const databaseRegistry = (storage: Storage): RegistryPort => ({
  async attendances(query: RegistryQuery): Promise<AttendanceRecord[]> {
    let select = storage.db
      .selectFrom('attendances')
      .innerJoin('patients', 'patients.id', 'attendances.patient_id')
      .innerJoin('sites', 'sites.id', 'attendances.site_id')
      .select([
        'attendances.id',
        'patients.nhs_number',
        'attendances.arrived_at',
        'attendances.category',
        'attendances.department_type',
        'attendances.reasons',
        'attendances.presenting_complaint',
        'attendances.safeguarding_concern_recorded',
        'attendances.left_before_seen',
        'attendances.outcome',
        'attendances.referral_made',
        'attendances.referral_to',
        'attendances.referral_reference',
        'sites.id as site_id',
        'sites.provider_id',
        'sites.provider_name',
      ])
      .where('patients.nhs_number', '=', query.nhsNumber)
      .where('attendances.arrived_at', '>=', query.from)
      .where('attendances.arrived_at', '<=', query.to);
    if (query.excludeAttendanceId) select = select.where('attendances.id', '!=', query.excludeAttendanceId);
    const rows = await select.orderBy('attendances.arrived_at', 'desc').orderBy('attendances.id').execute();
    return rows.map((row): AttendanceRecord => ({
      id: row.id,
      nhsNumber: query.nhsNumber,
      arrivedAt: row.arrived_at,
      providerId: row.provider_id,
      providerName: row.provider_name,
      siteId: row.site_id,
      departmentType: row.department_type as AttendanceRecord['departmentType'],
      category: row.category as AttendanceRecord['category'],
      reasons: fromJson<AttendanceRecord['reasons']>(row.reasons),
      ...(row.presenting_complaint ? { presentingComplaint: row.presenting_complaint } : {}),
      safeguardingConcernRecorded: fromFlag(row.safeguarding_concern_recorded),
      leftBeforeSeen: fromFlag(row.left_before_seen),
      outcome: row.outcome as AttendanceRecord['outcome'],
      referralMade: fromFlag(row.referral_made),
      ...(row.referral_to ? { referralTo: row.referral_to } : {}),
      ...(row.referral_reference ? { referralReference: row.referral_reference } : {}),
      source: query.callerProviderId === row.provider_id ? 'local' : 'shared-record',
    }));
  },
});
