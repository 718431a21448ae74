import type { DepartmentType, SafeguardingConfig } from '@proformas/core';
import { fromJson } from '../db/json.ts';
import type { SiteRow } from '../db/types.ts';

export interface Site {
  /** ODS site code. */
  id: string;
  name: string;
  /** ODS organisation code of the provider. */
  providerId: string;
  providerName: string;
  departmentType: DepartmentType;
  region: string;
}

export const toSite = (row: SiteRow): Site => ({
  id: row.id,
  name: row.name,
  providerId: row.provider_id,
  providerName: row.provider_name,
  departmentType: row.department_type as DepartmentType,
  region: row.region,
});

export const siteConfig = (row: SiteRow): Partial<SafeguardingConfig> => fromJson(row.config);
