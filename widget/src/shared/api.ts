/** Staff sign-in and JSON calls with the bearer token (kept in sessionStorage: gone when the tab closes). */

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: 'assessor' | 'advisor' | 'admin' | 'researcher';
  agencyId: string;
}

export interface Session {
  token: string;
  staff: StaffUser;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const KEY = 'wayfinder:staff-session';

export function loadSession(role: StaffUser['role']): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return s && s.staff.role === role ? s : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session | null) {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
}

export async function api<T>(session: Session | null, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(session ? { authorization: `Bearer ${session.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const json = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!res.ok) throw new ApiError(res.status, json.error ?? 'error', json.message ?? `request failed (${res.status})`);
  return json as T;
}

export async function signIn(email: string, password: string): Promise<Session> {
  const s = await api<{ token: string; staff: StaffUser }>(null, 'POST', '/api/auth/login', { email, password });
  return { token: s.token, staff: s.staff };
}

export async function signOut(session: Session) {
  await api(session, 'POST', '/api/auth/logout').catch(() => {});
  saveSession(null);
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
