import { useState, type FormEvent } from 'react';
import { saveSession, signIn, type Session, type StaffUser } from './api.ts';

/** The sign-in form both staff apps start with; refuses accounts of another role. */
export function SignIn({ role, title, onSignedIn }: { role: StaffUser['role']; title: string; onSignedIn: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await signIn(email, password);
      if (s.staff.role !== role) throw new Error(`This page is for the ${role} role; you are signed in as ${s.staff.role}.`);
      saveSession(s);
      onSignedIn(s);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="st-signin">
      <h1>{title}</h1>
      <form onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined}>
        <label>
          Email
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" className="st-primary" disabled={busy}>
          Sign in
        </button>
        <p id="signin-error" role="alert" className="st-error">
          {error ?? ''}
        </p>
      </form>
    </main>
  );
}
