import type { ProformaId } from '@proformas/core';
import { fromJson } from '../db/json.ts';
import type { DraftRow } from '../db/types.ts';

/** A proforma in progress: its answers and the persisted statechart snapshot, resumable anywhere. */
export interface Draft {
  attendanceId: string;
  proformaId: ProformaId;
  answers: Record<string, unknown>;
  snapshot: Record<string, unknown> | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export const toDraft = (row: DraftRow): Draft => ({
  attendanceId: row.attendance_id,
  proformaId: row.proforma_id as ProformaId,
  answers: fromJson(row.answers),
  snapshot: row.snapshot === null ? null : fromJson(row.snapshot),
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});
