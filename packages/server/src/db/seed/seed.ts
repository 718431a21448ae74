import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { hashPassword, type PasswordParams } from '../../auth/password.ts';
import { londonDate, startOfLondonDay, type Clock } from '../../time.ts';
import type { Storage } from '../dialect.ts';
import { toFlag, toJson } from '../json.ts';
import type { AttendancesTable, Database } from '../types.ts';
import { arrivalOn, birthDateFor } from './dates.ts';
import { SEED_PATIENTS } from './patients.ts';
import { REGION, SEED_SITES } from './sites.ts';
import type { PatientSeed, TodaySeed, VisitSeed } from './types.ts';
import { SEED_USERS } from './users.ts';

/** Stable UUIDs for seed records, so tests and docs can name them. */
export const seedId = (key: string): string => {
  const hex = createHash('sha256').update(`proformas-seed:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export interface DemoSignIn {
  username: string;
  password: string;
  role: string;
  sites: string[];
}

const SEED = 'seed';

const attendanceRow = (
  patient: PatientSeed,
  id: string,
  arrivedAt: string,
  visit: Pick<VisitSeed, 'site' | 'reasons' | 'complaint' | 'planned'> & Partial<VisitSeed>,
  today: TodaySeed | undefined,
): AttendancesTable => {
  const site = SEED_SITES[visit.site];
  const left = visit.leftBeforeSeen ?? false;
  return {
    id,
    patient_id: seedId(patient.key),
    site_id: site.id,
    arrived_at: arrivedAt,
    category: visit.planned ? 'planned-follow-up' : 'unplanned',
    department_type: site.departmentType,
    presenting_complaint: visit.complaint,
    reasons: toJson(visit.reasons),
    accompanied_by: toJson(today?.companions ?? []),
    status: today ? 'waiting' : 'completed',
    outcome: today ? 'unknown' : left ? 'left-before-complete' : (visit.outcome ?? 'discharged'),
    left_before_seen: toFlag(left),
    safeguarding_concern_recorded: toFlag(visit.concern ?? false),
    referral_made: toFlag(visit.referralTo !== undefined),
    referral_to: visit.referralTo ?? null,
    referral_reference: null,
    level: null,
    created_at: arrivedAt,
    created_by: null,
    updated_at: arrivedAt,
    request_hash: SEED,
  };
};

const insertAll = async (trx: Transaction<Database>, now: Date, hashes: string[]) => {
  const today = londonDate(now);
  const nowIso = now.toISOString();
  await trx
    .insertInto('sites')
    .values(
      Object.values(SEED_SITES).map((s) => ({
        id: s.id,
        name: s.name,
        provider_id: s.providerId,
        provider_name: s.providerName,
        department_type: s.departmentType,
        region: REGION,
        config: '{}',
      })),
    )
    .execute();
  await trx
    .insertInto('users')
    .values(
      SEED_USERS.map((u, i) => ({
        id: seedId(`user:${u.username}`),
        username: u.username,
        display_name: u.displayName,
        professional_role: u.professionalRole,
        role: u.role,
        password_hash: hashes[i] ?? '',
        disabled: 0,
        created_at: nowIso,
      })),
    )
    .execute();
  const userSites = SEED_USERS.flatMap((u) =>
    u.sites.map((s) => ({ user_id: seedId(`user:${u.username}`), site_id: SEED_SITES[s].id })),
  );
  await trx.insertInto('user_sites').values(userSites).execute();
  await trx
    .insertInto('patients')
    .values(
      SEED_PATIENTS.map((p, i) => ({
        id: seedId(p.key),
        nhs_number: p.nhsNumber,
        given_name: p.givenName,
        family_name: p.familyName,
        date_of_birth: birthDateFor(today, p.age),
        sex: p.sex,
        address: `${i + 1} Sample Street, Exampleton EX1 ${(i % 9) + 1}AA`,
        gp_practice: i % 7 === 6 ? null : 'Exampleton Health Centre',
        created_at: nowIso,
        created_by: null,
        request_hash: SEED,
      })),
    )
    .execute();
  const dayStart = startOfLondonDay(today).getTime() + 60_000;
  const attendances = SEED_PATIENTS.flatMap((p) => [
    ...(p.history ?? []).map((v) =>
      attendanceRow(
        p,
        seedId(`${p.key}:-${v.daysAgo}:${v.site}`),
        arrivalOn(today, v.daysAgo, v.hour ?? 10),
        v,
        undefined,
      ),
    ),
    ...(p.today
      ? [
          attendanceRow(
            p,
            seedId(`${p.key}:today`),
            new Date(Math.max(dayStart, now.getTime() - p.today.minutesAgo * 60_000)).toISOString(),
            p.today,
            p.today,
          ),
        ]
      : []),
  ]);
  await trx.insertInto('attendances').values(attendances).execute();
};

/**
 * First start: three sites, four users, about fifty synthetic patients and their attendances,
 * dated relative to the clock. Does nothing when the database already has sites.
 */
export const seedIfEmpty = async (
  storage: Storage,
  clock: Clock,
  passwordParams: PasswordParams,
): Promise<{ seeded: boolean; signIns: DemoSignIn[] }> => {
  const signIns = SEED_USERS.map((u) => ({
    username: u.username,
    password: u.password,
    role: u.role,
    sites: u.sites.map((s) => SEED_SITES[s].name),
  }));
  const existing = await storage.db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
  if (existing) return { seeded: false, signIns };
  const hashes = await Promise.all(SEED_USERS.map((u) => hashPassword(u.password, passwordParams)));
  await storage.db.transaction().execute((trx) => insertAll(trx, clock.now(), hashes));
  return { seeded: true, signIns };
};
