import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DecisionReason } from '../../../recommender/feedback/decisions.ts';
import { api, ApiError, loadSession, qs, signOut, type Session } from '../shared/api.ts';
import { SignIn } from '../shared/SignIn.tsx';
import { planText, type Plan, type PlanAction, type PlanStatement } from './plan.ts';

type Lang = 'en' | 'fr';

interface PlanSummary {
  id: string;
  createdOn: string;
  status: string;
  client: { site: string; ageBand: string; immigrationStatus: string; languages: string[] };
  statements: number;
  actions: number;
}

interface Suggestion {
  id: string;
  actionId: string;
  title: string;
  rank: number;
  reasons: { kind: string; text: string }[];
}

interface StatementSuggestions {
  position: number;
  suggestions: Suggestion[];
}

interface ServiceResult {
  id: string;
  name: string;
  organization: string;
  eligible: boolean | null;
  eligibilityDescription: string | null;
  languages: string[];
  hours: { day: string; opens: string; closes: string }[];
  phones: string[];
  addresses: { line: string; city: string | null }[];
}

const REASONS: Record<DecisionReason, string> = {
  not_relevant: 'Not relevant to this statement',
  not_eligible: 'Client is not eligible',
  already_done: 'Already done',
  client_declined: 'Client declined',
  duplicate: 'Duplicate of another action',
  other: 'Other',
};

const STATUS_LABELS: Record<string, string> = {
  permanent_resident: 'Permanent resident',
  protected_person: 'Protected person',
  refugee_claimant: 'Refugee claimant',
  temporary_worker: 'Temporary worker',
  international_student: 'International student',
  cuaet: 'CUAET',
  citizen: 'Citizen',
};

function currentPlanId(): string | null {
  return new URLSearchParams(location.search).get('plan');
}

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession('assessor'));
  const [planId, setPlanId] = useState<string | null>(currentPlanId);
  useEffect(() => {
    const onPop = () => setPlanId(currentPlanId());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const open = (id: string | null) => {
    history.pushState(null, '', id ? `?plan=${encodeURIComponent(id)}` : location.pathname);
    setPlanId(id);
  };
  useEffect(() => {
    document.title = planId ? `Plan ${planId} — Assessor` : 'Plans — Assessor';
  }, [planId]);

  if (!session) return <SignIn role="assessor" title="Assessor sign-in" onSignedIn={setSession} />;
  return (
    <>
      <header className="st-bar">
        <a href="#main" className="st-skip">
          Skip to content
        </a>
        <strong>Settlement plans</strong>
        <span className="st-who">{session.staff.displayName}</span>
        <button type="button" onClick={() => signOut(session).then(() => setSession(null))}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {planId ? <PlanView session={session} planId={planId} onBack={() => open(null)} /> : <PlanList session={session} onOpen={open} />}
      </main>
    </>
  );
}

function PlanList({ session, onOpen }: { session: Session; onOpen: (id: string) => void }) {
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ plans: PlanSummary[] }>(session, 'GET', '/api/plans?status=open&limit=50')
      .then((r) => setPlans(r.plans))
      .catch((e: Error) => setError(e.message));
  }, [session]);
  return (
    <section aria-labelledby="plans-h">
      <h1 id="plans-h">Open plans</h1>
      {error && <p role="alert">{error}</p>}
      {!plans && !error && <p role="status">Loading…</p>}
      {plans && (
        <table className="st-table">
          <caption className="st-visually-hidden">Open plans of your organization, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Created</th>
              <th scope="col">Status</th>
              <th scope="col">Client</th>
              <th scope="col">Statements</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <td>
                  <a
                    href={`?plan=${encodeURIComponent(p.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(p.id);
                    }}
                  >
                    {p.id}
                  </a>
                </td>
                <td>{p.createdOn}</td>
                <td>{p.status}</td>
                <td>
                  {p.client.site}, {p.client.ageBand}, {STATUS_LABELS[p.client.immigrationStatus] ?? p.client.immigrationStatus}
                </td>
                <td>{p.statements}</td>
                <td>{p.actions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PlanView({ session, planId, onBack }: { session: Session; planId: string; onBack: () => void }) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [lang, setLang] = useState<Lang>('en');
  const [suggestions, setSuggestions] = useState<Record<number, Suggestion[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const reload = useCallback(async () => {
    const r = await api<{ plan: Plan }>(session, 'GET', `/api/plans/${encodeURIComponent(planId)}`);
    setPlan(r.plan);
    return r.plan;
  }, [session, planId]);

  const loadSuggestions = useCallback(async () => {
    try {
      const r = await api<{ statements: StatementSuggestions[] }>(session, 'POST', '/api/suggestions', { planId, language: lang });
      setSuggestions(Object.fromEntries(r.statements.map((s) => [s.position, s.suggestions])));
    } catch (e) {
      // No model yet, or a plan without statements: the plan is still usable without suggestions.
      setSuggestions({});
      if (e instanceof ApiError && e.status !== 400) setError(e.message);
    }
  }, [session, planId, lang]);

  useEffect(() => {
    reload().catch((e: Error) => setError(e.message));
  }, [reload]);
  useEffect(() => {
    if (plan?.status !== 'closed') void loadSuggestions();
  }, [loadSuggestions, plan?.status]);

  if (error && !plan) return <p role="alert">{error}</p>;
  if (!plan) return <p role="status">Loading plan…</p>;

  const decide = async (s: Suggestion, decision: 'accepted' | 'rejected', reason?: DecisionReason, note?: string) => {
    try {
      await api(session, 'POST', `/api/suggestions/${s.id}/decision`, { decision, ...(reason ? { reason } : {}), ...(note ? { note } : {}) });
      setNotice(decision === 'accepted' ? `Added “${s.title}” to the plan.` : `Rejected “${s.title}”.`);
      setSuggestions((all) => Object.fromEntries(Object.entries(all).map(([k, list]) => [k, list.filter((x) => x.id !== s.id)])));
      if (decision === 'accepted') await reload();
    } catch (e) {
      setNotice(`Could not record the decision: ${(e as Error).message}`);
    }
  };

  const client = plan.client;
  return (
    <article className="st-plan" aria-labelledby="plan-h" lang={lang}>
      <div className="st-noprint st-toolbar">
        <button type="button" onClick={onBack}>
          ← All plans
        </button>
        <fieldset className="st-langs">
          <legend>Plan language</legend>
          {(['en', 'fr'] as const).map((l) => (
            <label key={l}>
              <input type="radio" name="plan-lang" value={l} checked={lang === l} onChange={() => setLang(l)} /> {l === 'en' ? 'English' : 'Français'}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={() => saveText(plan, lang)}>
          Save as text
        </button>
      </div>
      <h1 id="plan-h">{lang === 'fr' ? `Plan d’établissement ${plan.id}` : `Settlement plan ${plan.id}`}</h1>
      <p className="st-client">
        {client.site} · {client.ageBand} · {STATUS_LABELS[client.immigrationStatus] ?? client.immigrationStatus} · household {client.householdSize}
        {client.children ? `, ${client.children} children` : ''} · languages {client.languages.join(', ') || '—'} · created {plan.createdOn} · {plan.status}
      </p>
      <p role="status" aria-live="polite" className="st-notice">
        {notice}
      </p>
      {plan.statements.map((s) => (
        <StatementBlock
          key={s.position}
          session={session}
          plan={plan}
          statement={s}
          lang={lang}
          suggestions={suggestions[s.position] ?? []}
          onDecide={decide}
          onChanged={async (msg) => {
            setNotice(msg);
            await reload();
            await loadSuggestions();
          }}
        />
      ))}
      {plan.status !== 'closed' && (
        <AddStatement
          session={session}
          plan={plan}
          lang={lang}
          onAdded={async () => {
            setNotice('Statement added.');
            await reload();
            await loadSuggestions();
          }}
        />
      )}
    </article>
  );
}

function statementLabel(s: PlanStatement, lang: Lang): string {
  return s.text ? (s.text[lang] ?? s.text.en) : (s.freeText ?? '');
}

function StatementBlock(props: {
  session: Session;
  plan: Plan;
  statement: PlanStatement;
  lang: Lang;
  suggestions: Suggestion[];
  onDecide: (s: Suggestion, d: 'accepted' | 'rejected', reason?: DecisionReason, note?: string) => Promise<void>;
  onChanged: (message: string) => Promise<void>;
}) {
  const { statement: s, lang, plan } = props;
  const headingId = `st-${s.position}`;
  return (
    <section className="st-statement" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {statementLabel(s, lang)}
        {s.category && <span className="st-category"> — {s.category[lang] ?? s.category.en}</span>}
      </h2>
      <h3>{lang === 'fr' ? 'Actions' : 'Actions'}</h3>
      {s.actions.length === 0 ? (
        <p className="st-muted">No actions yet.</p>
      ) : (
        <ul className="st-actions">
          {s.actions.map((a) => (
            <ActionItem key={a.actionId} {...props} action={a} />
          ))}
        </ul>
      )}
      {props.suggestions.length > 0 && (
        <div className="st-noprint">
          <h3>Suggested actions</h3>
          <ol className="st-suggestions">
            {props.suggestions.map((x) => (
              <SuggestionItem key={x.id} suggestion={x} onDecide={props.onDecide} />
            ))}
          </ol>
        </div>
      )}
      {plan.status !== 'closed' && <AddAction {...props} />}
    </section>
  );
}

function SuggestionItem({ suggestion: x, onDecide }: { suggestion: Suggestion; onDecide: (s: Suggestion, d: 'accepted' | 'rejected', reason?: DecisionReason, note?: string) => Promise<void> }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState<DecisionReason>('not_relevant');
  const [note, setNote] = useState('');
  return (
    <li className="st-suggestion" data-suggestion={x.actionId} data-suggestion-id={x.id}>
      <strong>{x.title}</strong>
      <ul className="st-reasons" aria-label="Why this is suggested">
        {x.reasons.map((r, i) => (
          <li key={i}>{r.text}</li>
        ))}
      </ul>
      {!rejecting ? (
        <div className="st-row">
          <button type="button" className="st-primary" onClick={() => onDecide(x, 'accepted')} aria-label={`Accept: ${x.title}`}>
            Accept
          </button>
          <button type="button" onClick={() => setRejecting(true)} aria-label={`Reject: ${x.title}`}>
            Reject…
          </button>
        </div>
      ) : (
        <form
          className="st-row"
          onSubmit={(e) => {
            e.preventDefault();
            void onDecide(x, 'rejected', reason, note.trim() || undefined);
          }}
        >
          <label>
            Reason
            <select value={reason} onChange={(e) => setReason(e.target.value as DecisionReason)}>
              {Object.entries(REASONS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            Note (optional)
            <input type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="st-danger">
            Confirm rejection
          </button>
          <button type="button" onClick={() => setRejecting(false)}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
}

function ActionItem(props: { session: Session; plan: Plan; statement: PlanStatement; lang: Lang; action: PlanAction; onChanged: (m: string) => Promise<void> }) {
  const { action: a, lang, plan } = props;
  const [referring, setReferring] = useState(false);
  const title = a.title[lang] ?? a.title.en;
  return (
    <li>
      <span>{title}</span> <span className="st-muted">({a.status}{a.addedBy === 'suggestion' ? ', from a suggestion' : ''})</span>
      {a.referral && (
        <p className="st-referral">
          {lang === 'fr' ? 'Aiguillage' : 'Referral'}: <strong>{a.referral.name}</strong> — {a.referral.organization}
          {a.referral.phones[0] ? ` · ${a.referral.phones[0]}` : ''}
        </p>
      )}
      {plan.status !== 'closed' && (
        <button type="button" className="st-noprint st-small" aria-expanded={referring} onClick={() => setReferring(!referring)} aria-label={`${a.referral ? 'Change' : 'Add'} referral for ${title}`}>
          {a.referral ? 'Change referral' : 'Add referral'}
        </button>
      )}
      {referring && (
        <ReferralSearch
          {...props}
          onPicked={async (service) => {
            await api(props.session, 'PUT', `/api/plans/${encodeURIComponent(plan.id)}/statements/${props.statement.position}/actions/${encodeURIComponent(a.actionId)}/referral`, {
              serviceId: service,
            });
            setReferring(false);
            await props.onChanged(service ? 'Referral attached.' : 'Referral removed.');
          }}
        />
      )}
    </li>
  );
}

const DAY: Record<string, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

function ReferralSearch({ session, plan, onPicked }: { session: Session; plan: Plan; onPicked: (serviceId: string | null) => Promise<void> }) {
  const [q, setQ] = useState('');
  const [language, setLanguage] = useState('');
  const [site, setSite] = useState(plan.client.site);
  const [results, setResults] = useState<ServiceResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async (e?: FormEvent) => {
    e?.preventDefault();
    try {
      const r = await api<{ services: ServiceResult[] }>(
        session,
        'GET',
        `/api/directory/services${qs({ q, site, language, immigrationStatus: plan.client.immigrationStatus, ageBand: plan.client.ageBand, limit: 20 })}`,
      );
      setResults(r.services);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  useEffect(() => {
    void search();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="st-panel st-noprint">
      <form className="st-row" onSubmit={search} role="search" aria-label="Directory services">
        <label>
          Search services
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          Site
          <input type="text" value={site} onChange={(e) => setSite(e.target.value)} size={10} />
        </label>
        <label>
          Offered in
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">any language</option>
            {[...new Set([...plan.client.languages, 'en', 'fr'])].map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Search</button>
        <button type="button" onClick={() => onPicked(null)}>
          Remove referral
        </button>
      </form>
      <p className="st-muted">Only services open to this client ({plan.client.ageBand}, {STATUS_LABELS[plan.client.immigrationStatus] ?? plan.client.immigrationStatus}) are listed.</p>
      {error && <p role="alert">{error}</p>}
      <p role="status" className="st-visually-hidden">
        {results ? `${results.length} services found` : ''}
      </p>
      {results && results.length === 0 && <p>No eligible service matches. Try another language or site.</p>}
      <ul className="st-services">
        {results?.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> — {s.organization}
            <div className="st-muted">
              Languages: {s.languages.join(', ')} · Hours: {s.hours.map((h) => `${DAY[h.day] ?? h.day} ${h.opens}–${h.closes}`).join(', ') || 'not listed'}
              {s.addresses[0] ? ` · ${s.addresses[0].line}, ${s.addresses[0].city ?? ''}` : ''}
            </div>
            {s.eligibilityDescription && <div className="st-muted">{s.eligibilityDescription}</div>}
            <button type="button" className="st-small" onClick={() => onPicked(s.id)} aria-label={`Refer here: ${s.name}`}>
              Refer here
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AddAction({ session, plan, statement, lang, onChanged }: { session: Session; plan: Plan; statement: PlanStatement; lang: Lang; onChanged: (m: string) => Promise<void> }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<{ id: string; title: string; indicator: string; eligible: boolean | null }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = `add-action-${statement.position}`;
  const search = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api<{ actions: { id: string; title: string; indicator: string; eligible: boolean | null }[] }>(
      session,
      'GET',
      `/api/library/actions${qs({ q, language: lang, ageBand: plan.client.ageBand, immigrationStatus: plan.client.immigrationStatus, limit: 10 })}`,
    );
    setResults(r.actions);
  };
  const add = async (actionId: string) => {
    try {
      await api(session, 'POST', `/api/plans/${encodeURIComponent(plan.id)}/actions`, { statementPosition: statement.position, actionId });
      setResults(null);
      setQ('');
      setError(null);
      await onChanged('Action added.');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <div className="st-noprint st-add">
      <form className="st-row" onSubmit={search} role="search" aria-label={`Find an action for: ${statementLabel(statement, lang)}`}>
        <label htmlFor={inputId}>Add an action</label>
        <input id={inputId} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. English classes" />
        <button type="submit">Find actions</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {results && (
        <ul className="st-results" aria-live="polite">
          {results.length === 0 && <li>No action matches.</li>}
          {results.map((a) => (
            <li key={a.id}>
              {a.title} <span className="st-muted">({a.indicator})</span>{' '}
              {a.eligible === false ? (
                <span className="st-muted">— client not eligible</span>
              ) : (
                <button type="button" className="st-small" onClick={() => add(a.id)} aria-label={`Add: ${a.title}`}>
                  Add
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddStatement({ session, plan, lang, onAdded }: { session: Session; plan: Plan; lang: Lang; onAdded: () => Promise<void> }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<{ id: string; text: string; category: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const add = async (body: { statementId: string } | { text: string }) => {
    try {
      await api(session, 'POST', `/api/plans/${encodeURIComponent(plan.id)}/statements`, body);
      setQ('');
      setResults(null);
      await onAdded();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section className="st-noprint st-add" aria-labelledby="add-stmt-h">
      <h2 id="add-stmt-h">Add a driving statement</h2>
      <form
        className="st-row"
        role="search"
        aria-label="Driving statements"
        onSubmit={async (e) => {
          e.preventDefault();
          setResults((await api<{ statements: { id: string; text: string; category: string }[] }>(session, 'GET', `/api/library/statements${qs({ q, language: lang, limit: 10 })}`)).statements);
        }}
      >
        <label htmlFor="add-stmt">Statement</label>
        <input id="add-stmt" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">Search the library</button>
        <button type="button" disabled={!q.trim()} onClick={() => add({ text: q })}>
          Add as free text
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {results && (
        <ul className="st-results">
          {results.map((s) => (
            <li key={s.id}>
              {s.text} <span className="st-muted">({s.category})</span>{' '}
              <button type="button" className="st-small" onClick={() => add({ statementId: s.id })} aria-label={`Add statement: ${s.text}`}>
                Add
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function saveText(plan: Plan, lang: Lang) {
  const url = URL.createObjectURL(new Blob([planText(plan, lang)], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `plan-${plan.id}-${lang}.txt`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
