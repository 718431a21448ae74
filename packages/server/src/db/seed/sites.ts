import type { DepartmentType } from '@proformas/core';

export const REGION = 'Exampleton';

export type SiteKey = 'MIU' | 'WIC' | 'ED';

export interface SiteSeed {
  id: string;
  name: string;
  providerId: string;
  providerName: string;
  departmentType: DepartmentType;
}

/** Three sites of one region, run by three providers (fictional ODS codes in the ZZ test range). */
export const SEED_SITES: Record<SiteKey, SiteSeed> = {
  MIU: {
    id: 'ZZC01',
    name: 'Exampleton Minor Injury Unit',
    providerId: 'ZZC',
    providerName: 'Exampleton Community Health NHS Trust',
    departmentType: '03',
  },
  WIC: {
    id: 'ZZU01',
    name: 'Exampleton Walk-in Centre',
    providerId: 'ZZU',
    providerName: 'Exampleton Urgent Care Partnership',
    departmentType: '04',
  },
  ED: {
    id: 'ZZG01',
    name: 'Exampleton General Hospital Emergency Department',
    providerId: 'ZZG',
    providerName: 'Exampleton General Hospital NHS Trust',
    departmentType: '01',
  },
};
