import type { EventFrame } from './connection.ts';
import { translate, type Language } from './strings.ts';

/** The conversation as plain text the newcomer can keep: who said what, when, with sources and services. */
export function transcriptText(events: EventFrame[], language: Language): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const lines = [t('title'), ''];
  for (const e of events) {
    const when = new Date(e.at).toLocaleString(language);
    if (e.type === 'status') {
      if (e.status === 'advisor') lines.push(`[${when}] ${t('advisorJoined', { name: e.advisorName ?? t('advisor') })}`, '');
      if (e.status === 'closed') lines.push(`[${when}] ${t('ended')}`, '');
      continue;
    }
    if (e.type !== 'message') continue;
    const who = e.author === 'newcomer' ? t('you') : e.author === 'advisor' ? (e.authorName ?? t('advisor')) : t('assistant');
    lines.push(`[${when}] ${who}:`, e.text);
    for (const s of e.sources ?? []) lines.push(`  - ${s.title}: ${s.url}`);
    for (const c of e.serviceCards ?? []) {
      lines.push(`  * ${c.name}${c.organization ? ` (${c.organization})` : ''}`);
      for (const p of c.phones ?? []) lines.push(`    ${t('card.phone')}: ${p}`);
      for (const a of c.addresses ?? []) lines.push(`    ${t('card.address')}: ${a}`);
      if (c.hours) lines.push(`    ${t('card.hours')}: ${c.hours}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
