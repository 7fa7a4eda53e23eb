import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { cannedItem, Outcome, queueItem, transcriptFrame } from '../../../server/chat/protocol.ts';
import { api, loadSession, signOut, type Session } from '../shared/api.ts';
import { SignIn } from '../shared/SignIn.tsx';
import { LanguageToggle, StaffLanguageProvider, useLanguage } from '../shared/StaffLanguage.tsx';
import { CONSOLE, formatDate, formatPercent, immigrationLabel, languageName, plural, translator, type StaffLanguage } from '../shared/staff-strings.ts';
import { StaffSocket, type EventFrame, type StaffServerFrame } from './socket.ts';

type QueueItem = z.infer<typeof queueItem>;
type Canned = z.infer<typeof cannedItem>;
type Transcript = z.infer<typeof transcriptFrame>;

/** The console's strings in the language chosen in the header. */
function useT() {
  const lang = useLanguage();
  // One function per language, so effects that depend on it run when the language changes, not every render.
  const t = useMemo(() => translator(CONSOLE, lang), [lang]);
  return { lang, t };
}
type T = ReturnType<typeof useT>['t'];

// Spelled out rather than imported: protocol.ts would bring zod into the bundle. The type keeps it complete.
const OUTCOMES = Object.keys({ resolved: 0, referred: 0, callback_scheduled: 0, no_response: 0, newcomer_left: 0, other: 0 } satisfies Record<Outcome, 0>) as Outcome[];

/** A handoff reason (or any code the server adds later) as a label. */
const reasonLabel = (t: T, reason: string) => (`reason.${reason}` in CONSOLE.en ? t(`reason.${reason}` as 'reason.asked') : reason);

interface Held {
  conversationId: string;
  transcript: Transcript | null;
  events: EventFrame[];
  newcomerTyping: boolean;
}

export function App() {
  return (
    <StaffLanguageProvider>
      <AdvisorApp />
    </StaffLanguageProvider>
  );
}

function AdvisorApp() {
  const { t } = useT();
  const [session, setSession] = useState<Session | null>(() => loadSession('advisor'));
  useEffect(() => {
    if (!session) document.title = t('title');
  }, [session, t]);
  if (!session) return <SignIn role="advisor" title={t('signInTitle')} wrongRole={t('wrongRole')} onSignedIn={setSession} />;
  return <Console session={session} onSignOut={() => signOut(session).then(() => setSession(null))} />;
}

/** A short two-tone chime from Web Audio: no sound file to download. */
function chime() {
  try {
    const ctx = new AudioContext();
    for (const [i, f] of [660, 880].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = f;
      gain.gain.setValueAtTime(0.15, ctx.currentTime + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + i * 0.18 + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + i * 0.18);
      osc.stop(ctx.currentTime + i * 0.18 + 0.3);
    }
  } catch {
    // No audio (autoplay policy before any click): the title badge still shows.
  }
}

function Console({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const { lang, t } = useT();
  const [phase, setPhase] = useState<'connecting' | 'open' | 'closed'>('connecting');
  const [presence, setPresence] = useState<'online' | 'away'>('online');
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [canned, setCanned] = useState<Canned[]>([]);
  const [held, setHeld] = useState<Record<string, Held>>({});
  const [active, setActive] = useState<string | null>(null);
  const [siteFilter, setSiteFilter] = useState('');
  const [languageFilter, setLanguageFilter] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState('');
  const seenWaiting = useRef(new Set<string>());
  const taking = useRef<string | null>(null);

  const onFrame = (f: StaffServerFrame) => {
    switch (f.type) {
      case 'welcome':
        setPresence(f.presence);
        setCanned(f.canned);
        return;
      case 'queue': {
        setQueue(f.items);
        const fresh = f.items.filter((i) => !seenWaiting.current.has(i.conversationId));
        for (const i of f.items) seenWaiting.current.add(i.conversationId);
        if (fresh.length > 0) {
          chime();
          setAnnouncement(`${plural(t, lang, fresh.length, 'newChatsOne', 'newChatsOther')}${fresh.some((i) => i.reason === 'crisis') ? t('oneUrgent') : ''}.`);
        }
        return;
      }
      case 'assigned':
        setHeld((h) => ({ ...h, [f.conversationId]: h[f.conversationId] ?? { conversationId: f.conversationId, transcript: null, events: [], newcomerTyping: false } }));
        setActive(f.conversationId);
        return;
      case 'transcript':
        setHeld((h) => ({ ...h, [f.conversationId]: { conversationId: f.conversationId, transcript: f, events: f.events, newcomerTyping: false } }));
        // The chat just taken (or the first one resumed) opens by itself.
        if (taking.current === f.conversationId) taking.current = null;
        setActive((a) => (a === null || taking.current === null ? f.conversationId : a));
        return;
      case 'message':
      case 'status':
      case 'note':
        setHeld((h) => {
          const c = h[f.conversationId];
          if (!c || c.events.some((e) => e.seq === f.seq)) return h;
          return { ...h, [f.conversationId]: { ...c, events: [...c.events, f].sort((a, b) => a.seq - b.seq), newcomerTyping: f.type === 'message' && f.author === 'newcomer' ? false : c.newcomerTyping } };
        });
        return;
      case 'typing':
        if (f.author === 'newcomer') setHeld((h) => (h[f.conversationId] ? { ...h, [f.conversationId]: { ...h[f.conversationId], newcomerTyping: f.active } } : h));
        return;
      case 'error':
        setError(f.message);
        return;
    }
  };
  const frameHandler = useRef(onFrame);
  frameHandler.current = onFrame;

  const socket = useMemo(() => new StaffSocket(session.token, (f) => frameHandler.current(f), setPhase), [session.token]);
  useEffect(() => {
    socket.start();
    return () => socket.stop();
  }, [socket]);

  // Title badge: how many chats wait, so a background tab shows it.
  useEffect(() => {
    document.title = queue.length ? `(${queue.length}) ${t('title')}` : t('title');
  }, [queue.length, t]);

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    socket.filters = { ...(siteFilter ? { sites: [siteFilter] } : {}), ...(languageFilter ? { languages: [languageFilter] } : {}) };
    socket.send({ type: 'filter', ...socket.filters });
  };

  // Urgent (crisis) first, then by priority and longest wait; the server orders too, this keeps it stable.
  const ordered = [...queue].sort((a, b) => Number(b.reason === 'crisis') - Number(a.reason === 'crisis') || b.priority - a.priority || b.waitingSeconds - a.waitingSeconds);
  const current = active ? held[active] : null;

  return (
    <>
      <header className="st-bar">
        <a href="#main" className="st-skip">
          {t('skip')}
        </a>
        <strong>{t('title')}</strong>
        <span>{phase === 'open' ? t('connected') : phase === 'connecting' ? t('connecting') : t('disconnected')}</span>
        <label className="st-inline">
          <span>{t('presence')}</span>
          <select
            value={presence}
            onChange={(e) => {
              const p = e.target.value as 'online' | 'away';
              setPresence(p);
              socket.send({ type: 'presence', status: p });
            }}
          >
            <option value="online">{t('online')}</option>
            <option value="away">{t('away')}</option>
          </select>
        </label>
        <span className="st-who">{session.staff.displayName}</span>
        <LanguageToggle />
        <button type="button" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </header>
      <p className="st-visually-hidden" role="status" aria-live="assertive">
        {announcement}
      </p>
      <main id="main" className="st-console" tabIndex={-1}>
        <section aria-labelledby="queue-h" className="st-queue">
          <h1 id="queue-h">{t('queueHeading', { n: queue.length })}</h1>
          <form className="st-row" onSubmit={applyFilter} aria-label={t('queueFilters')}>
            <label>
              {t('site')}
              <input type="text" value={siteFilter} onChange={(e) => setSiteFilter(e.target.value)} size={9} placeholder={t('allSites')} />
            </label>
            <label>
              {t('language')}
              <input type="text" value={languageFilter} onChange={(e) => setLanguageFilter(e.target.value)} size={5} placeholder={t('allLanguages')} />
            </label>
            <button type="submit">{t('filter')}</button>
          </form>
          {ordered.length === 0 && <p className="st-muted">{t('nobodyWaiting')}</p>}
          <ul className="st-queue-list">
            {ordered.map((q) => (
              <li key={q.conversationId} className={q.reason === 'crisis' ? 'st-urgent' : ''} data-conversation={q.conversationId}>
                <strong>{reasonLabel(t, q.reason)}</strong>
                <span className="st-muted">
                  {' '}
                  · {languageName(q.language, lang)} · {q.site ?? t('noSite')} · {t(`mode.${q.mode}`)} · {t('waitingFor', { m: Math.round(q.waitingSeconds / 60) })}
                </span>
                <button
                  type="button"
                  className="st-primary st-small"
                  onClick={() => {
                    taking.current = q.conversationId;
                    socket.send({ type: 'take', conversationId: q.conversationId });
                  }}
                  aria-label={t('takeLabel', { reason: reasonLabel(t, q.reason), language: languageName(q.language, lang) })}
                >
                  {t('take')}
                </button>
              </li>
            ))}
          </ul>
          {Object.keys(held).length > 0 && (
            <>
              <h2>{t('myChats')}</h2>
              <ul className="st-held">
                {Object.values(held).map((c) => (
                  <li key={c.conversationId}>
                    <button type="button" aria-current={active === c.conversationId} onClick={() => setActive(c.conversationId)}>
                      {c.conversationId.slice(0, 8)} · {c.transcript ? languageName(c.transcript.language, lang) : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <ReferralTasks session={session} />
        </section>
        <section aria-label={t('conversationRegion')} className="st-chat">
          {error && (
            <p role="alert" className="st-error">
              {error}
            </p>
          )}
          {current ? <ChatPanel key={current.conversationId} chat={current} canned={canned} socket={socket} onLeave={() => setActive(null)} /> : <p className="st-muted">{t('takeFromQueue')}</p>}
        </section>
      </main>
    </>
  );
}

/** A shared profile value as the advisor reads it: language names and statuses in the interface language. */
function profileValue(key: string, value: unknown, t: T, lang: StaffLanguage): string {
  if (key === 'languages' && Array.isArray(value)) return value.map((l) => languageName(String(l), lang)).join(', ');
  if (key === 'immigrationStatus' && typeof value === 'string') return immigrationLabel(t, value);
  if (key === 'arrivalDate' && typeof value === 'string') return formatDate(value, lang);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function ChatPanel({ chat, canned, socket, onLeave }: { chat: Held; canned: Canned[]; socket: StaffSocket; onLeave: () => void }) {
  const { lang, t } = useT();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('resolved');
  const [transferTo, setTransferTo] = useState('');
  const [referral, setReferral] = useState('');
  const typing = useRef(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = chat.conversationId;
  const transcript = chat.transcript;
  const closed = chat.events.some((e) => e.type === 'status' && e.status === 'closed') && chat.events.at(-1)?.type === 'status';

  const onType = (v: string) => {
    setText(v);
    if (!typing.current) socket.send({ type: 'typing', conversationId: id, active: true });
    typing.current = true;
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      socket.send({ type: 'typing', conversationId: id, active: false });
      typing.current = false;
    }, 2500);
  };
  const reply = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    socket.send({ type: 'reply', conversationId: id, text: text.trim() });
    setText('');
    clearTimeout(typingTimer.current);
    if (typing.current) socket.send({ type: 'typing', conversationId: id, active: false });
    typing.current = false;
  };

  return (
    <div className="st-chatpanel">
      <h2>{t('conversationHeading', { id: id.slice(0, 8) })}</h2>
      {transcript?.profile ? (
        <dl className="st-profile" aria-label={t('sharedProfile')}>
          {Object.entries(transcript.profile).map(([k, v]) => (
            <div key={k}>
              <dt>{`profile.${k}` in CONSOLE.en ? t(`profile.${k}` as 'profile.site') : k}</dt>
              <dd>{profileValue(k, v, t, lang)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="st-muted">{t('noProfile', { language: transcript ? languageName(transcript.language, lang) : '?', site: transcript?.site ?? '?' })}</p>
      )}
      <div role="log" aria-live="polite" aria-label={t('transcript')} className="st-transcript" tabIndex={0}>
      <ol className="st-events">
        {chat.events.map((e) => (
          <li key={e.seq} className={`st-ev st-${e.type === 'message' ? e.author : e.type}`}>
            {e.type === 'message' && (
              <>
                <strong>
                  {e.author === 'advisor' ? (e.authorName ?? t('author.advisor')) : t(`author.${e.author === 'bot' || e.author === 'newcomer' ? e.author : 'system'}`)}
                  {lang === 'fr' ? '\u00a0:' : ':'}
                </strong>{' '}
                {/* What was said stays in the language it was written in. */}
                <span dir={e.direction ?? 'auto'} lang={e.language}>
                  {e.text}
                </span>
                {e.author === 'bot' && e.confidence !== undefined && (
                  <span className="st-muted">
                    {' '}
                    ({t('confidence', { p: formatPercent(e.confidence, lang) })}
                    {e.intent ? `, ${e.intent}` : ''})
                  </span>
                )}
                {e.sources && e.sources.length > 0 && (
                  <ul className="st-sources" aria-label={t('sources')}>
                    {e.sources.map((s) => (
                      <li key={s.url}>
                        <a href={s.url} target="_blank" rel="noopener noreferrer">
                          {s.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                {e.serviceCards?.map((c) => (
                  <div key={c.serviceId} className="st-muted">
                    {t('serviceCard', { name: c.name })}
                    {c.phones?.[0] ? ` · ${c.phones[0]}` : ''}
                  </div>
                ))}
              </>
            )}
            {e.type === 'status' && (
              <em>
                {t('statusLine', { status: t(`chatStatus.${e.status}`) })}
                {e.advisorName ? ` (${e.advisorName})` : ''}
                {e.reason ? ` — ${reasonLabel(t, e.reason)}` : ''}
                {e.outcome ? ` — ${t(`outcome.${e.outcome}`)}` : ''}
              </em>
            )}
            {e.type === 'note' && (
              <em>
                {e.authorName ? t('noteBy', { name: e.authorName }) : t('note')}
                {lang === 'fr' ? '\u00a0: ' : ': '}
                {e.text}
              </em>
            )}
          </li>
        ))}
      </ol>
      </div>
      {chat.newcomerTyping && <p className="st-muted">{t('newcomerTyping')}</p>}
      {!closed && (
        <>
          <form onSubmit={reply} className="st-row st-reply">
            <label className="st-grow">
              {t('replyLabel')}
              <textarea rows={2} maxLength={2000} value={text} onChange={(e) => onType(e.target.value)} />
            </label>
            <button type="submit" className="st-primary">
              {t('sendReply')}
            </button>
          </form>
          {canned.length > 0 && (
            <div className="st-row" role="group" aria-label={t('canned')}>
              {canned.map((c) => (
                <button key={c.id} type="button" className="st-small" title={c.body} onClick={() => socket.send({ type: 'reply', conversationId: id, cannedId: c.id })}>
                  {c.title}
                </button>
              ))}
            </div>
          )}
          <form
            className="st-row"
            onSubmit={(e) => {
              e.preventDefault();
              if (note.trim()) socket.send({ type: 'note', conversationId: id, text: note.trim() });
              setNote('');
            }}
          >
            <label className="st-grow">
              {t('noteLabel')}
              <input type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <button type="submit">{t('addNote')}</button>
          </form>
          <form
            className="st-row"
            onSubmit={(e) => {
              e.preventDefault();
              if (referral.trim()) socket.send({ type: 'refer', conversationId: id, text: referral.trim() });
              setReferral('');
            }}
          >
            <label className="st-grow">
              {t('referralTask')}
              <input type="text" maxLength={2000} value={referral} onChange={(e) => setReferral(e.target.value)} />
            </label>
            <button type="submit">{t('createTask')}</button>
          </form>
          <div className="st-row">
            <form
              className="st-row"
              onSubmit={(e) => {
                e.preventDefault();
                if (transferTo.trim()) socket.send({ type: 'transfer', conversationId: id, toAdvisorId: transferTo.trim() });
              }}
            >
              <label>
                {t('transferTo')}
                <input type="text" value={transferTo} onChange={(e) => setTransferTo(e.target.value)} />
              </label>
              <button type="submit">{t('transfer')}</button>
            </form>
            <button type="button" onClick={() => socket.send({ type: 'return_to_bot', conversationId: id })}>
              {t('returnToBot')}
            </button>
            <form
              className="st-row"
              onSubmit={(e) => {
                e.preventDefault();
                socket.send({ type: 'close', conversationId: id, outcome });
              }}
            >
              <label>
                {t('outcome')}
                <select value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
                  {OUTCOMES.map((k) => (
                    <option key={k} value={k}>
                      {t(`outcome.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="st-danger">
                {t('closeChat')}
              </button>
            </form>
          </div>
        </>
      )}
      {closed && (
        <button type="button" onClick={onLeave}>
          {t('done')}
        </button>
      )}
    </div>
  );
}

interface ReferralTask {
  id: number;
  conversationId: string | null;
  serviceName: string | null;
  request: string;
  createdAt: string;
}

function ReferralTasks({ session }: { session: Session }) {
  const { lang, t } = useT();
  const [tasks, setTasks] = useState<ReferralTask[] | null>(null);
  const load = () =>
    api<{ referrals: ReferralTask[] }>(session, 'GET', '/api/chat/referrals?status=open')
      .then((r) => setTasks(r.referrals))
      .catch(() => setTasks(null));
  useEffect(() => {
    void load();
    const every = setInterval(load, 60_000);
    return () => clearInterval(every);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  if (!tasks) return null;
  return (
    <section aria-labelledby="tasks-h">
      <h2 id="tasks-h">{t('referralTasks', { n: tasks.length })}</h2>
      <ul className="st-tasks">
        {tasks.map((r) => (
          <li key={r.id}>
            {r.serviceName ? <strong>{r.serviceName}: </strong> : null}
            {r.request} <span className="st-muted">({formatDate(r.createdAt, lang, true)})</span>{' '}
            <button
              type="button"
              className="st-small"
              onClick={() => api(session, 'PATCH', `/api/chat/referrals/${r.id}`, { status: 'done' }).then(load)}
              aria-label={t('markDoneLabel', { request: r.request.slice(0, 60) })}
            >
              {t('markDone')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
