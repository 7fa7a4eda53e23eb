import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent, type KeyboardEvent } from 'react';
import { NewcomerConnection, type ChatState, type EventFrame, type MessageFrame } from './connection.ts';
import { ServiceCardView, type ServiceCardData } from './ServiceCard.tsx';
import { transcriptText } from './transcript.ts';
import { directionOf, isLanguage, languageFromTag, LANGUAGE_NAMES, LANGUAGES, translate, type Language, type StringKey } from './strings.ts';

export interface WidgetConfig {
  server: string;
  agencyId: string;
  siteId?: string;
  /** 'auto' follows the browser and then the language the newcomer writes in. */
  language: Language | 'auto';
  mode: 'embed' | 'page';
}

function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const l = languageFromTag(tag);
    if (l) return l;
  }
  return 'en';
}

function useConnection(conn: NewcomerConnection): ChatState {
  return useSyncExternalStore(
    (cb) => conn.subscribe(cb),
    () => conn.snapshot,
  );
}

export function App({ config }: { config: WidgetConfig }) {
  const [choice, setChoice] = useState<Language | 'auto'>(config.language);
  const initial = useMemo(() => (choice === 'auto' ? browserLanguage() : choice), []); // eslint-disable-line react-hooks/exhaustive-deps
  const conn = useMemo(
    () =>
      new NewcomerConnection({
        server: config.server,
        agencyId: config.agencyId,
        siteId: config.siteId,
        language: initial,
        storage: safeSessionStorage(),
      }),
    [config.server, config.agencyId, config.siteId, initial],
  );
  const state = useConnection(conn);
  const [open, setOpen] = useState(config.mode === 'page');
  const started = useRef(false);
  const panel = useRef<HTMLElement>(null);
  const launcher = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // Opening moves focus into the chat; closing returns it to the launcher (keyboard and screen-reader users).
  useEffect(() => {
    if (config.mode !== 'embed') return;
    if (open) (panel.current?.querySelector<HTMLElement>('textarea') ?? panel.current)?.focus();
    else if (opened.current) launcher.current?.focus();
    opened.current = opened.current || open;
  }, [open, config.mode]);

  useEffect(() => {
    if (!open || started.current) return;
    started.current = true;
    void conn.start();
  }, [open, conn]);
  useEffect(() => () => conn.stop(), [conn]);

  // Automatic: the language the bot answered in (it detects what the newcomer writes), else the browser's.
  const detected = languageFromTag(state.language);
  const language: Language = choice !== 'auto' ? choice : (detected ?? initial);
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(language, key, params);
  const dir = directionOf(language);

  if (!open) {
    return (
      <div className="wf-root wf-embed" dir={dir} lang={language}>
        <button ref={launcher} type="button" className="wf-launcher" onClick={() => setOpen(true)} title={t('openChat')} aria-haspopup="dialog">
          <ChatIcon /> {t('title')}
        </button>
      </div>
    );
  }

  return (
    <div className={`wf-root wf-${config.mode}`} dir={dir} lang={language}>
      <section ref={panel} tabIndex={-1} className="wf-panel" aria-label={t('title')} onKeyDown={(e) => config.mode === 'embed' && e.key === 'Escape' && setOpen(false)}>
        <header className="wf-header">
          <div className="wf-heading">
            <h2>{t('title')}</h2>
            <p>{t('subtitle')}</p>
          </div>
          <label className="wf-lang">
            <span className="wf-visually-hidden">{t('language')}</span>
            <select value={choice} onChange={(e) => setChoice(isLanguage(e.target.value) ? e.target.value : 'auto')}>
              <option value="auto">{`${LANGUAGE_NAMES[language]} (${t('auto')})`}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="wf-icon" onClick={() => download(state, language)} aria-label={t('download')} title={t('download')} disabled={state.events.length === 0}>
            <span aria-hidden="true">⤓</span>
          </button>
          {config.mode === 'embed' && (
            <button type="button" className="wf-icon" onClick={() => setOpen(false)} aria-label={t('closeChat')} title={t('closeChat')}>
              <span aria-hidden="true">✕</span>
            </button>
          )}
        </header>
        <ConnectionBanner state={state} t={t} />
        <MessageLog state={state} conn={conn} t={t} language={language} />
        <Handoff state={state} conn={conn} t={t} />
        <Composer state={state} conn={conn} t={t} />
      </section>
    </div>
  );
}

type T = (key: StringKey, params?: Record<string, string | number>) => string;

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function ConnectionBanner({ state, t }: { state: ChatState; t: T }) {
  const text = state.phase === 'offline' ? t('offline') : state.phase === 'failed' ? t('failed') : state.phase === 'connecting' || state.phase === 'starting' ? t('connecting') : null;
  return (
    <div className="wf-banner" role="status" aria-live="polite">
      {text && <p className={state.phase === 'offline' ? 'wf-offline' : ''}>{text}</p>}
    </div>
  );
}

function MessageLog({ state, conn, t, language }: { state: ChatState; conn: NewcomerConnection; t: T; language: Language }) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [state.events.length, state.pending.length, state.advisorTyping]);
  return (
    <div className="wf-log" role="log" aria-live="polite" aria-label={t('conversation')} tabIndex={0}>
      {state.events.map((e) => (
        <EventView key={e.seq} event={e} conn={conn} t={t} language={language} />
      ))}
      {state.pending.map((p) => (
        <div key={p.id} className="wf-msg wf-newcomer wf-pending" data-pending="true">
          <span className="wf-visually-hidden">{t('you')}: </span>
          <p dir="auto">{p.text}</p>
          <span className="wf-meta">{t('sending')}</span>
        </div>
      ))}
      {state.advisorTyping && (
        <p className="wf-typing" aria-live="off">
          {t('advisorTyping', { name: state.advisorName ?? t('advisor') })}
        </p>
      )}
      <div ref={end} />
    </div>
  );
}

function EventView({ event, conn, t, language }: { event: EventFrame; conn: NewcomerConnection; t: T; language: Language }) {
  if (event.type === 'status') {
    if (event.status === 'advisor') return <p className="wf-note">{t('advisorJoined', { name: event.advisorName ?? t('advisor') })}</p>;
    if (event.status === 'closed') return <p className="wf-note">{t('ended')}</p>;
    return null;
  }
  if (event.type !== 'message') return null;
  return <MessageView message={event} conn={conn} t={t} language={language} />;
}

function MessageView({ message, conn, t, language }: { message: MessageFrame; conn: NewcomerConnection; t: T; language: Language }) {
  const who = message.author === 'newcomer' ? t('you') : message.author === 'advisor' ? (message.authorName ?? t('advisor')) : t('assistant');
  const cards = (message.serviceCards ?? []) as ServiceCardData[];
  return (
    <div className={`wf-msg wf-${message.author}`} data-seq={message.seq} data-author={message.author}>
      <span className={message.author === 'advisor' ? 'wf-author' : 'wf-visually-hidden'}>{who}: </span>
      <p dir={message.direction ?? 'auto'} lang={message.language}>
        {message.text}
      </p>
      {message.sources && message.sources.length > 0 && (
        <nav className="wf-sources" aria-label={t('sourcesLabel')}>
          <h3>{t('sourcesLabel')}</h3>
          <ul>
            {message.sources.map((s) => (
              <li key={s.url}>
                <a href={conn.resolveLink(s.url)} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {cards.map((c) => (
        <ServiceCardView key={c.serviceId} card={c} t={t} language={language} />
      ))}
      {message.author === 'bot' && <Feedback seq={message.seq} conn={conn} t={t} />}
    </div>
  );
}

function Feedback({ seq, conn, t }: { seq: number; conn: NewcomerConnection; t: T }) {
  const [given, setGiven] = useState<boolean | null>(null);
  const [sent, setSent] = useState(false);
  const rate = async (helpful: boolean) => {
    setGiven(helpful);
    setSent(await conn.feedback(seq, helpful));
  };
  return (
    <div className="wf-feedback" role="group" aria-label={t('wasHelpful')}>
      <button type="button" aria-pressed={given === true} aria-label={t('helpful')} title={t('helpful')} onClick={() => rate(true)}>
        <ThumbIcon up />
      </button>
      <button type="button" aria-pressed={given === false} aria-label={t('notHelpful')} title={t('notHelpful')} onClick={() => rate(false)}>
        <ThumbIcon up={false} />
      </button>
      <span role="status">{given !== null && sent ? t('thanks') : ''}</span>
    </div>
  );
}

function lastBotOffer(state: ChatState): MessageFrame | null {
  for (let i = state.events.length - 1; i >= 0; i--) {
    const e = state.events[i];
    if (e.type === 'message' && (e.author === 'bot' || e.author === 'system')) return e.offer?.length ? e : null;
    if (e.type === 'status') return null;
  }
  return null;
}

/** Queue position, office hours, and the message / call-back forms when nobody is available. */
function Handoff({ state, conn, t }: { state: ChatState; conn: NewcomerConnection; t: T }) {
  const [form, setForm] = useState<'message' | 'callback' | null>(null);
  const offer = lastBotOffer(state);
  const q = state.queue;
  return (
    <div className="wf-handoff" role="status" aria-live="polite">
      {state.status === 'waiting' && q && (
        <div className="wf-queue">
          <p>{t('queue', { n: q.position })}</p>
          {q.estimate && <p>{t('wait', { m: Math.max(1, Math.round(q.estimate.p50Seconds / 60)) })}</p>}
          {!q.open && q.nextOpen && <p>{t('advisorsAway', { day: q.nextOpen.weekday, time: q.nextOpen.localTime })}</p>}
        </div>
      )}
      {offer && state.status === 'bot' && !form && (
        <div className="wf-offer">
          {offer.nextOpen && <p>{t('advisorsAway', { day: offer.nextOpen.weekday, time: offer.nextOpen.localTime })}</p>}
          {offer.offer?.includes('message') && (
            <button type="button" onClick={() => setForm('message')}>
              {t('action.leaveMessage')}
            </button>
          )}
          {offer.offer?.includes('callback') && (
            <button type="button" onClick={() => setForm('callback')}>
              {t('action.callBack')}
            </button>
          )}
        </div>
      )}
      {form && (
        <HandoffForm
          kind={form}
          t={t}
          onCancel={() => setForm(null)}
          onSubmit={(v) => {
            conn.requestHuman(form, v);
            setForm(null);
          }}
        />
      )}
    </div>
  );
}

function HandoffForm({ kind, t, onSubmit, onCancel }: { kind: 'message' | 'callback'; t: T; onSubmit: (v: { text?: string; phone?: string; preferredTime?: string }) => void; onCancel: () => void }) {
  const [text, setText] = useState('');
  const [phone, setPhone] = useState('');
  const [time, setTime] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(kind === 'callback' ? { phone, preferredTime: time || undefined, text: text || undefined } : { text });
  };
  return (
    <form className="wf-form" onSubmit={submit}>
      {kind === 'callback' && (
        <>
          <label>
            {t('phone')}
            <input type="tel" required minLength={5} maxLength={40} autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
          </label>
          <label>
            {t('bestTime')}
            <input type="text" maxLength={100} value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
        </>
      )}
      <label>
        {t('yourMessage')}
        <textarea required={kind === 'message'} maxLength={2000} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="wf-row">
        <button type="submit" className="wf-primary">
          {t('submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function Composer({ state, conn, t }: { state: ChatState; conn: NewcomerConnection; t: T }) {
  const [text, setText] = useState('');
  const typingSent = useRef(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const closed = state.status === 'closed';
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!text.trim()) return;
    conn.send(text);
    setText('');
    if (typingSent.current) conn.typing(false);
    typingSent.current = false;
  };
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      submit();
    }
  };
  const onChange = (value: string) => {
    setText(value);
    // Typing indicators only matter to a person, not to the bot.
    if (state.status !== 'advisor') return;
    if (!typingSent.current) conn.typing(true);
    typingSent.current = true;
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      conn.typing(false);
      typingSent.current = false;
    }, 3000);
  };
  if (closed) {
    return (
      <div className="wf-composer">
        <button type="button" className="wf-primary" onClick={() => void conn.restart()}>
          {t('newChat')}
        </button>
      </div>
    );
  }
  const canAskPerson = state.status === 'bot';
  return (
    <form className="wf-composer" onSubmit={submit}>
      {canAskPerson && (
        <button type="button" className="wf-person" onClick={() => conn.requestHuman('live')}>
          {t('action.talkToPerson')}
        </button>
      )}
      <div className="wf-row">
        <label className="wf-grow">
          <span className="wf-visually-hidden">{t('placeholder')}</span>
          <textarea rows={1} maxLength={2000} value={text} placeholder={t('placeholder')} onChange={(e) => onChange(e.target.value)} onKeyDown={onKey} dir="auto" />
        </label>
        <button type="submit" className="wf-primary wf-send" disabled={!text.trim()}>
          {t('send')}
        </button>
      </div>
    </form>
  );
}

function download(state: ChatState, language: Language) {
  const text = transcriptText(state.events, language);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `conversation-${new Date().toISOString().slice(0, 10)}.txt`;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Inline icons: emoji fonts are missing on many systems, and an icon font would cost a download.
function ChatIcon() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
      <path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z" />
    </svg>
  );
}

function ThumbIcon({ up }: { up: boolean }) {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor" style={up ? undefined : { transform: 'rotate(180deg)' }}>
      <path d="M2 10h4v12H2zM22 11a2 2 0 0 0-2-2h-6.3l1-4.6V4a1.5 1.5 0 0 0-.4-1L13.2 2 7.6 7.6A2 2 0 0 0 7 9v11a2 2 0 0 0 2 2h9a2 2 0 0 0 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7z" />
    </svg>
  );
}
