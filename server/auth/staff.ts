import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../knowledge/db/index.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

export const ROLES = ['assessor', 'advisor', 'admin', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

export interface Staff {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  agencyId: string;
}

export interface NewStaff {
  id?: string;
  email: string;
  displayName: string;
  role: Role;
  agencyId: string;
  password: string;
}

const SESSION_HOURS = 12;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createStaff(db: Queryable, staff: NewStaff): Promise<Staff> {
  if (!(ROLES as readonly string[]).includes(staff.role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
  const id = staff.id ?? `staff-${randomBytes(6).toString('hex')}`;
  const hash = await hashPassword(staff.password);
  await db.query(
    `INSERT INTO staff_user (id, email, display_name, role, agency_id, password_hash) VALUES ($1, lower($2), $3, $4, $5, $6)`,
    [id, staff.email, staff.displayName, staff.role, staff.agencyId, hash],
  );
  return { id, email: staff.email.toLowerCase(), displayName: staff.displayName, role: staff.role, agencyId: staff.agencyId };
}

interface StaffRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  agency_id: string;
}
const toStaff = (r: StaffRow): Staff => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role, agencyId: r.agency_id });

/** A new session token for valid credentials, or null (the same answer for an unknown email and a wrong password). */
export async function logIn(db: Queryable, email: string, password: string): Promise<{ token: string; staff: Staff; expiresAt: string } | null> {
  const { rows } = await db.query<StaffRow & { password_hash: string }>(
    'SELECT id, email, display_name, role, agency_id, password_hash FROM staff_user WHERE email = lower($1) AND NOT disabled',
    [email],
  );
  const row = rows[0];
  if (!row || !(await verifyPassword(password, row.password_hash))) return null;
  const token = randomBytes(32).toString('base64url');
  const expires = await db.query<{ expires_at: Date | string }>(
    `INSERT INTO staff_session (token_hash, staff_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING expires_at`,
    [tokenHash(token), row.id, SESSION_HOURS],
  );
  return { token, staff: toStaff(row), expiresAt: new Date(expires.rows[0].expires_at).toISOString() };
}

/** The staff member a bearer token belongs to, while the session lasts. Sessions live in the database, so any instance accepts them. */
export async function staffForToken(db: Queryable, token: string): Promise<Staff | null> {
  const { rows } = await db.query<StaffRow>(
    `SELECT u.id, u.email, u.display_name, u.role, u.agency_id
       FROM staff_session s JOIN staff_user u ON u.id = s.staff_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
    [tokenHash(token)],
  );
  return rows[0] ? toStaff(rows[0]) : null;
}

export async function logOut(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM staff_session WHERE token_hash = $1', [tokenHash(token)]);
}

export async function audit(db: Queryable, actor: string, action: string, target: string | null, detail: Record<string, unknown> = {}): Promise<void> {
  await db.query('INSERT INTO audit_log (actor, action, target, detail) VALUES ($1, $2, $3, $4)', [actor, action, target, JSON.stringify(detail)]);
}
