import type { Db } from '../knowledge/db/index.ts';
import { hashPassword } from './auth/passwords.ts';
import type { Role } from './auth/staff.ts';

/**
 * Demo accounts, one assessor and one advisor per demo agency, plus an admin and a researcher:
 * `<role>@<agency id>.demo`, all with the demo password. Only loaded in demo mode, and only
 * when there is no staff yet.
 */
export async function ensureDemoStaff(db: Db, password: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM staff_user');
  if (rows[0].n > 0) return 0;
  const agencies = await db.query<{ id: string }>('SELECT id FROM agency ORDER BY id');
  const accounts: { id: string; email: string; name: string; role: Role; agency: string }[] = [];
  for (const { id } of agencies.rows) {
    for (const role of ['assessor', 'advisor'] as const) {
      accounts.push({ id: `demo-${role}-${id}`, email: `${role}@${id}.demo`, name: `Demo ${role} (${id})`, role, agency: id });
    }
  }
  const first = agencies.rows[0]?.id;
  if (first) {
    accounts.push({ id: 'demo-admin', email: 'admin@wayfinder.demo', name: 'Demo admin', role: 'admin', agency: first });
    accounts.push({ id: 'demo-researcher', email: 'researcher@wayfinder.demo', name: 'Demo researcher', role: 'researcher', agency: first });
  }
  // One hash for all: scrypt is deliberately slow, and these accounts share a password anyway.
  const hash = await hashPassword(password);
  await db.query(
    `INSERT INTO staff_user (id, email, display_name, role, agency_id, password_hash)
     SELECT u.id, u.email, u.name, u.role, u.agency, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, email, name, role, agency)
     ON CONFLICT DO NOTHING`,
    [accounts.map((a) => a.id), accounts.map((a) => a.email), accounts.map((a) => a.name), accounts.map((a) => a.role), accounts.map((a) => a.agency), hash],
  );
  return accounts.length;
}
