import {
  ageAt,
  describeAge,
  levelAtLeast,
  type ActionItem,
  type EncounterAssessment,
  type Level,
} from '@proformas/core';
import { fromJson } from '../db/json.ts';
import type { AssessmentRow, AttendanceRow, Db, PatientRow, SiteRow } from '../db/types.ts';
import { toAttendance, type Attendance } from './attendances.ts';
import { isActionDone, isOverdue } from './overdue.ts';
import { toPatient, type Patient } from './patients.ts';
import { toReview, type Review } from './reviews.ts';

export type ReviewKind = 'child' | 'adult-hidden-harm';

export interface ReviewItem {
  kind: ReviewKind;
  attendance: Attendance;
  patient: Patient;
  site: { id: string; name: string };
  age: { years: number; months: number; label: string } | null;
  /** Encounter level of the latest signed assessment; null when not yet assessed. */
  level: Level | null;
  assessmentId: string | null;
  actions: (ActionItem & { overdue: boolean })[];
  /** The earliest deadline passed with the attendance still unreviewed. */
  overdueSince: string | null;
  reviews: Review[];
  reviewed: boolean;
  documents: { id: string; kind: string; status: string }[];
}

const latestByAttendance = (rows: AssessmentRow[]) => {
  const latest = new Map<string, AssessmentRow>();
  for (const row of rows) {
    const seen = latest.get(row.attendance_id);
    if (!seen || row.version > seen.version) latest.set(row.attendance_id, row);
  }
  return latest;
};

/** Load the day's attendances (one site or all) and keep those the lead must review. */
export const reviewItems = async (
  db: Db,
  window: { from: string; to: string; siteId: string | undefined },
  now: Date,
): Promise<ReviewItem[]> => {
  let select = db
    .selectFrom('attendances')
    .selectAll()
    .where('arrived_at', '>=', window.from)
    .where('arrived_at', '<', window.to);
  if (window.siteId) select = select.where('site_id', '=', window.siteId);
  const attendances: AttendanceRow[] = await select.orderBy('arrived_at').orderBy('id').execute();
  if (attendances.length === 0) return [];
  const ids = attendances.map((a) => a.id);
  const [patients, sites, assessments, reviews, documents] = await Promise.all([
    db
      .selectFrom('patients')
      .selectAll()
      .where('id', 'in', [...new Set(attendances.map((a) => a.patient_id))])
      .execute(),
    db.selectFrom('sites').selectAll().execute(),
    db.selectFrom('assessments').selectAll().where('attendance_id', 'in', ids).execute(),
    db
      .selectFrom('reviews')
      .innerJoin('users', 'users.id', 'reviews.reviewer_id')
      .selectAll('reviews')
      .select('users.display_name as reviewer_name')
      .where('reviews.attendance_id', 'in', ids)
      .orderBy('reviews.reviewed_at')
      .execute(),
    db
      .selectFrom('documents')
      .select(['id', 'attendance_id', 'kind', 'status'])
      .where('attendance_id', 'in', ids)
      .execute(),
  ]);
  const patientById = new Map<string, PatientRow>(patients.map((p) => [p.id, p]));
  const siteById = new Map<string, SiteRow>(sites.map((s) => [s.id, s]));
  const latest = latestByAttendance(assessments);
  return attendances.flatMap((row): ReviewItem[] => {
    const patient = patientById.get(row.patient_id);
    const site = siteById.get(row.site_id);
    if (!patient || !site) return [];
    const age = ageAt(patient.date_of_birth, row.arrived_at);
    const assessment = latest.get(row.id);
    const result = assessment ? fromJson<EncounterAssessment>(assessment.result) : undefined;
    const level = (assessment?.level as Level | undefined) ?? null;
    const kind: ReviewKind | undefined =
      age && age.years < 18
        ? 'child'
        : result?.forms['hidden-harm'] && level && levelAtLeast(level, 'DISCUSS')
          ? 'adult-hidden-harm'
          : undefined;
    if (!kind) return [];
    const itemReviews = reviews.filter((r) => r.attendance_id === row.id).map(toReview);
    const reviewed = itemReviews.length > 0;
    const itemDocuments = documents.filter((d) => d.attendance_id === row.id);
    const actions = (assessment ? fromJson<ActionItem[]>(assessment.actions) : []).map((action) => ({
      ...action,
      overdue: isOverdue(action, isActionDone(action.code, reviewed, itemDocuments), now),
    }));
    const overdueDues = actions.filter((a) => a.overdue).map((a) => new Date(a.due ?? '').toISOString());
    return [
      {
        kind,
        attendance: toAttendance(row),
        patient: toPatient(patient),
        site: { id: site.id, name: site.name },
        age: age ? { ...age, label: describeAge(age) } : null,
        level,
        assessmentId: assessment?.id ?? null,
        actions,
        overdueSince: overdueDues.sort()[0] ?? null,
        reviews: itemReviews,
        reviewed,
        documents: itemDocuments.map(({ id, kind: k, status }) => ({ id, kind: k, status })),
      },
    ];
  });
};

/** Overdue first (oldest deadline first), then by arrival. */
export const byUrgency = (a: ReviewItem, b: ReviewItem): number => {
  if (a.overdueSince && b.overdueSince) return a.overdueSince.localeCompare(b.overdueSince);
  if (a.overdueSince) return -1;
  if (b.overdueSince) return 1;
  return a.attendance.arrivedAt.localeCompare(b.attendance.arrivedAt);
};
