import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import type { DecisionReason } from '../../../recommender/feedback/decisions.ts';
import { api, ApiError, loadSession, qs, signOut, type Session } from '../shared/api.ts';
import { SignIn } from '../shared/SignIn.tsx';
import { LanguageToggle, StaffLanguageProvider, useLanguage } from '../shared/StaffLanguage.tsx';
import { ASSESSOR, formatDate, immigrationLabel, LANGUAGE_NAMES, languageName, plural, STAFF_LANGUAGES, translator, weekdayName, type StaffLanguage } from '../shared/staff-strings.ts';
import { planText, type Plan, type PlanAction, type PlanStatement } from './plan.ts';

/**
 * Two languages meet here: the interface's (chosen in the header: tools, notices, suggestions and
 * library searches, which the assessor reads) and the plan's (what is printed or saved for the
 * client), which follows the interface unless the assessor picks the other one for this plan.
 */
type Lang = StaffLanguage;
type T = ReturnType<typeof translator<(typeof ASSESSOR)['en']>>;

function useT() {
  const lang = useLanguage();
  // One function per language, so effects that depend on it run when the language changes, not every render.
  const t = useMemo(() => translator(ASSESSOR, lang), [lang]);
  return { lang, t };
}

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

// Spelled out so the type keeps the list complete without bringing the recommender's module in.
const REASONS = Object.keys({ not_relevant: 0, not_eligible: 0, already_done: 0, client_declined: 0, duplicate: 0, other: 0 } satisfies Record<DecisionReason, 0>) as DecisionReason[];

/** A code the tables may not know yet (a new status) is shown as it is. */
function label(t: T, key: string, fallback: string): string {
  return key in ASSESSOR.en ? t(key as keyof (typeof ASSESSOR)['en']) : fallback;
}

function currentPlanId(): string | null {
  return new URLSearchParams(location.search).get('plan');
}

export function App() {
  return (
    <StaffLanguageProvider>
      <Assessor />
    </StaffLanguageProvider>
  );
}

function Assessor() {
  const { t } = useT();
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
    document.title = planId ? t('docTitlePlan', { id: planId }) : t('docTitlePlans');
  }, [planId, t]);

  if (!session) return <SignIn role="assessor" title={t('signInTitle')} wrongRole={t('wrongRole')} onSignedIn={setSession} />;
  return (
    <>
      <header className="st-bar">
        <a href="#main" className="st-skip">
          {t('skip')}
        </a>
        <strong>{t('appTitle')}</strong>
        <span className="st-who">{session.staff.displayName}</span>
        <LanguageToggle />
        <button type="button" onClick={() => signOut(session).then(() => setSession(null))}>
          {t('signOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {planId ? <PlanView session={session} planId={planId} onBack={() => open(null)} /> : <PlanList session={session} onOpen={open} />}
      </main>
    </>
  );
}

function PlanList({ session, onOpen }: { session: Session; onOpen: (id: string) => void }) {
  const { lang, t } = useT();
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ plans: PlanSummary[] }>(session, 'GET', '/api/plans?status=open&limit=50')
      .then((r) => setPlans(r.plans))
      .catch((e: Error) => setError(e.message));
  }, [session]);
  return (
    <section aria-labelledby="plans-h">
      <h1 id="plans-h">{t('openPlans')}</h1>
      {error && <p role="alert">{error}</p>}
      {!plans && !error && <p role="status">{t('loading')}</p>}
      {plans && (
        <table className="st-table">
          <caption className="st-visually-hidden">{t('openPlansCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.plan')}</th>
              <th scope="col">{t('col.created')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.client')}</th>
              <th scope="col">{t('col.statements')}</th>
              <th scope="col">{t('col.actions')}</th>
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
                <td>{formatDate(p.createdOn, lang)}</td>
                <td>{label(t, `planStatus.${p.status}`, p.status)}</td>
                <td>
                  {p.client.site}, {p.client.ageBand}, {immigrationLabel(t, p.client.immigrationStatus)}
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
  const { lang: ui, t } = useT();
  const [plan, setPlan] = useState<Plan | null>(null);
  // The plan's language: the interface's, until the assessor picks the other one for this plan.
  const [lang, setLang] = useState<Lang>(ui);
  useEffect(() => setLang(ui), [ui]);
  const tp = translator(ASSESSOR, lang);
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
      const r = await api<{ statements: StatementSuggestions[] }>(session, 'POST', '/api/suggestions', { planId, language: ui });
      setSuggestions(Object.fromEntries(r.statements.map((s) => [s.position, s.suggestions])));
    } catch (e) {
      // No model yet, or a plan without statements: the plan is still usable without suggestions.
      setSuggestions({});
      if (e instanceof ApiError && e.status !== 400) setError(e.message);
    }
  }, [session, planId, ui]);

  useEffect(() => {
    reload().catch((e: Error) => setError(e.message));
  }, [reload]);
  useEffect(() => {
    if (plan?.status !== 'closed') void loadSuggestions();
  }, [loadSuggestions, plan?.status]);

  if (error && !plan) return <p role="alert">{error}</p>;
  if (!plan) return <p role="status">{t('loadingPlan')}</p>;

  const decide = async (s: Suggestion, decision: 'accepted' | 'rejected', reason?: DecisionReason, note?: string) => {
    try {
      await api(session, 'POST', `/api/suggestions/${s.id}/decision`, { decision, ...(reason ? { reason } : {}), ...(note ? { note } : {}) });
      setNotice(t(decision === 'accepted' ? 'added' : 'rejected', { title: s.title }));
      setSuggestions((all) => Object.fromEntries(Object.entries(all).map(([k, list]) => [k, list.filter((x) => x.id !== s.id)])));
      if (decision === 'accepted') await reload();
    } catch (e) {
      setNotice(t('decisionFailed', { message: (e as Error).message }));
    }
  };

  const client = plan.client;
  return (
    <article className="st-plan" aria-labelledby="plan-h" lang={lang}>
      <div className="st-noprint st-toolbar" lang={ui}>
        <button type="button" onClick={onBack}>
          {t('allPlans')}
        </button>
        <fieldset className="st-langs">
          <legend>{t('planLanguage')}</legend>
          {STAFF_LANGUAGES.map((l) => (
            <label key={l} lang={l}>
              <input type="radio" name="plan-lang" value={l} checked={lang === l} onChange={() => setLang(l)} /> {LANGUAGE_NAMES[l]}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" onClick={() => saveText(plan, lang)}>
          {t('saveText')}
        </button>
      </div>
      <h1 id="plan-h">{tp('plan.title', { id: plan.id })}</h1>
      <p className="st-client">
        {client.site} · {client.ageBand} · {immigrationLabel(tp, client.immigrationStatus)} · {tp('plan.household', { n: client.householdSize })}
        {client.children ? `, ${plural(tp, lang, client.children, 'plan.childOne', 'plan.childOther')}` : ''} ·{' '}
        {tp('plan.languages', { list: client.languages.map((l) => languageName(l, lang)).join(', ') || '—' })} · {tp('plan.createdOn', { date: formatDate(plan.createdOn, lang) })} ·{' '}
        {label(tp, `planStatus.${plan.status}`, plan.status)}
      </p>
      <p role="status" aria-live="polite" className="st-notice" lang={ui}>
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
          onAdded={async () => {
            setNotice(t('statementAdded'));
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
  const { lang: ui, t } = useT();
  const tp = translator(ASSESSOR, lang);
  const headingId = `st-${s.position}`;
  return (
    <section className="st-statement" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {statementLabel(s, lang)}
        {s.category && <span className="st-category"> — {s.category[lang] ?? s.category.en}</span>}
      </h2>
      <h3>{tp('plan.actions')}</h3>
      {s.actions.length === 0 ? (
        <p className="st-muted">{tp('plan.none')}.</p>
      ) : (
        <ul className="st-actions">
          {s.actions.map((a) => (
            <ActionItem key={a.actionId} {...props} action={a} />
          ))}
        </ul>
      )}
      {props.suggestions.length > 0 && (
        <div className="st-noprint" lang={ui}>
          <h3>{t('suggested')}</h3>
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
  const { t } = useT();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState<DecisionReason>('not_relevant');
  const [note, setNote] = useState('');
  return (
    <li className="st-suggestion" data-suggestion={x.actionId} data-suggestion-id={x.id}>
      <strong>{x.title}</strong>
      <ul className="st-reasons" aria-label={t('whySuggested')}>
        {x.reasons.map((r, i) => (
          <li key={i}>{r.text}</li>
        ))}
      </ul>
      {!rejecting ? (
        <div className="st-row">
          <button type="button" className="st-primary" onClick={() => onDecide(x, 'accepted')} aria-label={t('acceptLabel', { title: x.title })}>
            {t('accept')}
          </button>
          <button type="button" onClick={() => setRejecting(true)} aria-label={t('rejectLabel', { title: x.title })}>
            {t('reject')}
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
            {t('reason')}
            <select value={reason} onChange={(e) => setReason(e.target.value as DecisionReason)}>
              {REASONS.map((k) => (
                <option key={k} value={k}>
                  {t(`reason.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('noteOptional')}
            <input type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="st-danger">
            {t('confirmReject')}
          </button>
          <button type="button" onClick={() => setRejecting(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
    </li>
  );
}

function ActionItem(props: { session: Session; plan: Plan; statement: PlanStatement; lang: Lang; action: PlanAction; onChanged: (m: string) => Promise<void> }) {
  const { action: a, lang, plan } = props;
  const { lang: ui, t } = useT();
  const tp = translator(ASSESSOR, lang);
  const [referring, setReferring] = useState(false);
  const title = a.title[lang] ?? a.title.en;
  const uiTitle = a.title[ui] ?? a.title.en;
  return (
    <li>
      <span>{title}</span>{' '}
      <span className="st-muted">
        ({label(tp, `actionStatus.${a.status}`, a.status)}
        {a.addedBy === 'suggestion' ? `, ${tp('plan.fromSuggestion')}` : ''})
      </span>
      {a.referral && (
        <p className="st-referral">
          {tp('plan.referral')}
          {lang === 'fr' ? '\u00a0: ' : ': '}
          <strong>{a.referral.name}</strong> — {a.referral.organization}
          {a.referral.phones[0] ? ` · ${a.referral.phones[0]}` : ''}
        </p>
      )}
      {plan.status !== 'closed' && (
        <button
          type="button"
          className="st-noprint st-small"
          lang={ui}
          aria-expanded={referring}
          onClick={() => setReferring(!referring)}
          aria-label={t(a.referral ? 'changeReferralFor' : 'addReferralFor', { title: uiTitle })}
        >
          {t(a.referral ? 'changeReferral' : 'addReferral')}
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
            await props.onChanged(t(service ? 'referralAttached' : 'referralRemoved'));
          }}
        />
      )}
    </li>
  );
}

function ReferralSearch({ session, plan, onPicked }: { session: Session; plan: Plan; onPicked: (serviceId: string | null) => Promise<void> }) {
  const { lang: ui, t } = useT();
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
    <div className="st-panel st-noprint" lang={ui}>
      <form className="st-row" onSubmit={search} role="search" aria-label={t('directory')}>
        <label>
          {t('searchServices')}
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          {t('site')}
          <input type="text" value={site} onChange={(e) => setSite(e.target.value)} size={10} />
        </label>
        <label>
          {t('offeredIn')}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('anyLanguage')}</option>
            {[...new Set([...plan.client.languages, 'en', 'fr'])].map((l) => (
              <option key={l} value={l}>
                {languageName(l, ui)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('search')}</button>
        <button type="button" onClick={() => onPicked(null)}>
          {t('removeReferral')}
        </button>
      </form>
      <p className="st-muted">{t('onlyOpenTo', { age: plan.client.ageBand, status: immigrationLabel(t, plan.client.immigrationStatus) })}</p>
      {error && <p role="alert">{error}</p>}
      <p role="status" className="st-visually-hidden">
        {results ? plural(t, ui, results.length, 'foundOne', 'foundOther') : ''}
      </p>
      {results && results.length === 0 && <p>{t('noService')}</p>}
      <ul className="st-services">
        {results?.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> — {s.organization}
            <div className="st-muted">
              {t('serviceLanguages', { list: s.languages.map((l) => languageName(l, ui)).join(', ') })} ·{' '}
              {t('serviceHours', { list: s.hours.map((h) => `${weekdayName(h.day, ui)} ${h.opens}–${h.closes}`).join(', ') || t('hoursNotListed') })}
              {s.addresses[0] ? ` · ${s.addresses[0].line}, ${s.addresses[0].city ?? ''}` : ''}
            </div>
            {s.eligibilityDescription && <div className="st-muted">{s.eligibilityDescription}</div>}
            <button type="button" className="st-small" onClick={() => onPicked(s.id)} aria-label={t('referHereLabel', { name: s.name })}>
              {t('referHere')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AddAction({ session, plan, statement, onChanged }: { session: Session; plan: Plan; statement: PlanStatement; onChanged: (m: string) => Promise<void> }) {
  const { lang: ui, t } = useT();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<{ id: string; title: string; indicator: string; eligible: boolean | null }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = `add-action-${statement.position}`;
  const search = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api<{ actions: { id: string; title: string; indicator: string; eligible: boolean | null }[] }>(
      session,
      'GET',
      `/api/library/actions${qs({ q, language: ui, ageBand: plan.client.ageBand, immigrationStatus: plan.client.immigrationStatus, limit: 10 })}`,
    );
    setResults(r.actions);
  };
  const add = async (actionId: string) => {
    try {
      await api(session, 'POST', `/api/plans/${encodeURIComponent(plan.id)}/actions`, { statementPosition: statement.position, actionId });
      setResults(null);
      setQ('');
      setError(null);
      await onChanged(t('actionAdded'));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <div className="st-noprint st-add" lang={ui}>
      <form className="st-row" onSubmit={search} role="search" aria-label={t('findActionFor', { statement: statementLabel(statement, ui) })}>
        <label htmlFor={inputId}>{t('addAction')}</label>
        <input id={inputId} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('actionExample')} />
        <button type="submit">{t('findActions')}</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {results && (
        <ul className="st-results" aria-live="polite">
          {results.length === 0 && <li>{t('noAction')}</li>}
          {results.map((a) => (
            <li key={a.id}>
              {a.title} <span className="st-muted">({a.indicator})</span>{' '}
              {a.eligible === false ? (
                <span className="st-muted">{t('notEligible')}</span>
              ) : (
                <button type="button" className="st-small" onClick={() => add(a.id)} aria-label={t('addLabel', { title: a.title })}>
                  {t('add')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddStatement({ session, plan, onAdded }: { session: Session; plan: Plan; onAdded: () => Promise<void> }) {
  const { lang: ui, t } = useT();
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
    <section className="st-noprint st-add" aria-labelledby="add-stmt-h" lang={ui}>
      <h2 id="add-stmt-h">{t('addStatement')}</h2>
      <form
        className="st-row"
        role="search"
        aria-label={t('statementsSearch')}
        onSubmit={async (e) => {
          e.preventDefault();
          setResults((await api<{ statements: { id: string; text: string; category: string }[] }>(session, 'GET', `/api/library/statements${qs({ q, language: ui, limit: 10 })}`)).statements);
        }}
      >
        <label htmlFor="add-stmt">{t('statement')}</label>
        <input id="add-stmt" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">{t('searchLibrary')}</button>
        <button type="button" disabled={!q.trim()} onClick={() => add({ text: q })}>
          {t('addFreeText')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {results && (
        <ul className="st-results">
          {results.map((s) => (
            <li key={s.id}>
              {s.text} <span className="st-muted">({s.category})</span>{' '}
              <button type="button" className="st-small" onClick={() => add({ statementId: s.id })} aria-label={t('addStatementLabel', { text: s.text })}>
                {t('add')}
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
