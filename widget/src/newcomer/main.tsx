/**
 * The embed script. On any page:
 *
 *   <script src="https://wayfinder.example.org/widget/wayfinder-widget.js" data-agency="ag-windsor-1"
 *           data-site="windsor" data-lang="auto" async></script>
 *
 * adds a chat button that opens the widget; `data-mode="page"` fills `data-target` (or the body)
 * instead, for the client portal. Everything renders inside a shadow root, so the host page's
 * styles cannot reach it and its styles cannot leak out.
 */
import { createRoot } from 'react-dom/client';
import { App, type WidgetConfig } from './App.tsx';
import { isLanguage } from './strings.ts';
import css from './widget.css?inline';

function configFrom(script: HTMLScriptElement | null): WidgetConfig {
  const data: Record<string, string | undefined> = { ...(script?.dataset ?? {}) };
  if (data.mode === 'page') {
    // The portal page may choose agency, site and language in its address.
    const q = new URLSearchParams(location.search);
    for (const [param, key] of [['agency', 'agency'], ['site', 'site'], ['lang', 'lang']]) {
      const value = q.get(param);
      if (value && /^[A-Za-z0-9._-]{1,100}$/.test(value)) data[key] = value;
    }
  }
  const server = data.server ?? (script?.src ? new URL(script.src, location.href).origin : location.origin);
  const lang = data.lang;
  return {
    server: server.replace(/\/$/, ''),
    agencyId: data.agency ?? 'ag-windsor-1',
    siteId: data.site,
    language: lang && isLanguage(lang) ? lang : 'auto',
    mode: data.mode === 'page' ? 'page' : 'embed',
  };
}

function mount(script: HTMLScriptElement | null) {
  const config = configFrom(script);
  const host = document.createElement('div');
  host.className = 'wayfinder-widget-host';
  const target = config.mode === 'page' ? (script?.dataset.target && document.getElementById(script.dataset.target)) || document.body : document.body;
  target.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
  const container = document.createElement('div');
  shadow.appendChild(container);
  createRoot(container).render(<App config={config} />);
}

// document.currentScript is only set while the script first runs.
const script = document.currentScript as HTMLScriptElement | null;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => mount(script));
else mount(script);
