import { useState, type FormEvent } from 'react';
import { ApiError, saveSession, signIn, type Session, type StaffUser } from './api.ts';
import { LanguageToggle, useLanguage } from './StaffLanguage.tsx';
import { fill, SHARED } from './staff-strings.ts';

/** The sign-in form both staff apps start with; refuses accounts of another role (`wrongRole` says so). */
export function SignIn({ role, title, wrongRole, onSignedIn }: { role: StaffUser['role']; title: string; wrongRole: string; onSignedIn: (s: Session) => void }) {
  const lang = useLanguage();
  const s = SHARED[lang];
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signIn(email, password);
      if (session.staff.role !== role) {
        setError(wrongRole);
        return;
      }
      saveSession(session);
      onSignedIn(session);
    } catch (err) {
      // The server's own messages are English: the one everyone meets is translated, others are quoted.
      setError(err instanceof ApiError && err.code === 'bad_credentials' ? s.badCredentials : fill(s.signInFailed, { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="st-signin">
      <h1>{title}</h1>
      <form onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined}>
        <label>
          {s.email}
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {s.password}
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" className="st-primary" disabled={busy}>
          {s.signIn}
        </button>
        <p id="signin-error" role="alert" className="st-error">
          {error ?? ''}
        </p>
      </form>
      {/* After the form, so keyboard users reach the email field first. */}
      <p>
        <LanguageToggle />
      </p>
    </main>
  );
}
