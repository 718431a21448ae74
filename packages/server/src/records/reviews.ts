import type { ReviewRow } from '../db/types.ts';

/** The safeguarding lead's review of one attendance. */
export interface Review {
  id: string;
  attendanceId: string;
  reviewer: { id: string; displayName: string };
  note: string;
  reviewedAt: string;
}

export const toReview = (row: ReviewRow & { reviewer_name: string }): Review => ({
  id: row.id,
  attendanceId: row.attendance_id,
  reviewer: { id: row.reviewer_id, displayName: row.reviewer_name },
  note: row.note,
  reviewedAt: row.reviewed_at,
});
