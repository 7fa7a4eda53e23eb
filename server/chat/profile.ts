/**
 * Linking a conversation to a client profile with a settlement worker's invitation, and reading
 * back only what the newcomer's consent flags allow.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../knowledge/db/index.ts';
import type { BotProfile } from './bot-port.ts';
import type { Consent } from './protocol.ts';

export interface SharedProfile {
  site?: string;
  languages?: string[];
  ageBand?: string;
  immigrationStatus?: string;
  householdSize?: number;
  children?: number;
  arrivalDate?: string;
}

const codeHash = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
// No 0/O or 1/I: the code is read out or typed from paper.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time code for a client of the staff member's agency, valid for `days`. */
export async function createInvitation(db: Queryable, input: { clientId: string; agencyId: string; createdBy: string; days?: number }): Promise<{ code: string; expiresAt: string } | null> {
  const client = await db.query('SELECT 1 FROM client WHERE id = $1 AND agency_id = $2', [input.clientId, input.agencyId]);
  if (!client.rows.length) return null;
  const bytes = randomBytes(10);
  const raw = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
  const code = `${raw.slice(0, 5)}-${raw.slice(5)}`;
  const { rows } = await db.query<{ expires_at: Date | string }>(
    `INSERT INTO chat_invitation (code_hash, client_id, agency_id, created_by, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING expires_at`,
    [codeHash(code), input.clientId, input.agencyId, input.createdBy, input.days ?? 14],
  );
  return { code, expiresAt: new Date(rows[0].expires_at).toISOString() };
}

/**
 * Links the conversation to the invitation's client and records the consent. The code is used
 * up; the conversation moves to the client's agency. Null when the code is unknown, used or expired.
 */
export async function redeemInvitation(db: Queryable, conversationId: string, code: string, consent: Consent): Promise<{ clientId: string; agencyId: string } | null> {
  const { rows } = await db.query<{ client_id: string; agency_id: string }>(
    `UPDATE chat_invitation SET used_at = now() WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING client_id, agency_id`,
    [codeHash(code)],
  );
  if (!rows[0]) return null;
  await db.query(
    `UPDATE conversation SET client_id = $2, agency_id = $3, consent = $4, site_id = coalesce(site_id, (SELECT site_id FROM client WHERE id = $2)) WHERE id = $1`,
    [conversationId, rows[0].client_id, rows[0].agency_id, JSON.stringify(consent)],
  );
  return { clientId: rows[0].client_id, agencyId: rows[0].agency_id };
}

export async function setConsent(db: Queryable, conversationId: string, consent: Consent): Promise<void> {
  await db.query('UPDATE conversation SET consent = $2 WHERE id = $1', [conversationId, JSON.stringify(consent)]);
}

interface ClientRow {
  site_id: string;
  languages: string[];
  age_band: string;
  immigration_status: string;
  household_size: number;
  children: number;
  arrival_date: string | null;
}

/** The linked client's profile, reduced to what each consent flag allows; null when not linked. */
export async function sharedProfile(db: Queryable, clientId: string | null, consent: Partial<Consent>): Promise<SharedProfile | null> {
  if (!clientId) return null;
  const { rows } = await db.query<ClientRow>(
    'SELECT site_id, languages, age_band, immigration_status, household_size, children, arrival_date FROM client WHERE id = $1',
    [clientId],
  );
  const c = rows[0];
  if (!c) return null;
  const out: SharedProfile = {};
  if (consent.basics) Object.assign(out, { site: c.site_id, languages: c.languages, ageBand: c.age_band });
  if (consent.immigration) out.immigrationStatus = c.immigration_status;
  if (consent.household) Object.assign(out, { householdSize: c.household_size, children: c.children, ...(c.arrival_date ? { arrivalDate: c.arrival_date } : {}) });
  return out;
}

/** What the bot may filter by: the same consent applies. */
export function botProfile(profile: SharedProfile | null, conversationSite: string | null): BotProfile | undefined {
  const out: BotProfile = {};
  const site = profile?.site ?? conversationSite;
  if (site) out.site = site;
  if (profile?.immigrationStatus) out.immigrationStatus = profile.immigrationStatus;
  if (profile?.ageBand) out.ageBand = profile.ageBand;
  return Object.keys(out).length ? out : undefined;
}
