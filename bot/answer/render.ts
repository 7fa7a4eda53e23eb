/** The reply as one plain-text message (what the chat stores and a screen reader reads), in the newcomer's language. */
import { languageName, sourceLanguageNotice, t, uiLanguageOrDefault, type PlainKey } from '../i18n/index.ts';
import type { Citation } from '../index/types.ts';
import type { ComposedAnswer, ServiceCard } from './types.ts';

// French sets a space before the colon; Chinese uses the full-width one.
function colon(language: string): string {
  const lang = uiLanguageOrDefault(language);
  return lang === 'fr' ? ' :' : lang === 'zh' ? '：' : ':';
}

function linkList(language: string, links: readonly Citation[]): string[] {
  if (links.length === 0) return [];
  return [`${t(language, 'sourcesLabel')}${colon(language)}`, ...links.map((c) => `• ${c.title} — ${c.url}`)];
}

export function renderCard(card: ServiceCard, language: string): string {
  const lines = [`• ${card.name} — ${card.organization}`];
  const field = (key: Extract<PlainKey, `card.${string}`>, value: string) => lines.push(`  ${t(language, key)}${colon(language)} ${value}`);
  if (card.addresses.length) field('card.address', card.addresses.join('; '));
  if (card.phones.length) field('card.phone', card.phones.join(', '));
  if (card.hours) {
    const open = card.openNow === null ? '' : ` (${t(language, card.openNow ? 'card.openNow' : 'card.closedNow')})`;
    field('card.hours', card.hours + open);
  }
  if (card.languages.length) field('card.languages', card.languages.map((l) => languageName(l, language)).join(', '));
  if (card.eligibility.length) field('card.eligibility', card.eligibility.join('; '));
  if (card.url) field('card.website', card.url);
  return lines.join('\n');
}

/**
 * Markdown from the articles as plain text for a chat bubble and a screen reader: headings lose
 * their #, emphasis its asterisks, links keep their text with the address in brackets.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/^\s*[-*]\s+/gm, '• ');
}

/** Body text: the answer itself (passages, or an LLM's rephrasing), then sources and cards. */
export function renderAnswer(answer: ComposedAnswer, language: string, body?: string): string {
  const head = answer.otherLanguages.length ? sourceLanguageNotice(language, answer.otherLanguages) : t(language, 'answerIntro');
  const parts: string[] = [head];
  if (answer.title) parts.push(answer.title);
  parts.push(body ?? answer.passages.map((p) => plainText(p.text.trim())).join('\n\n'));
  const links = linkList(language, answer.sources);
  if (links.length) parts.push(links.join('\n'));
  if (answer.serviceCards.length) parts.push(answer.serviceCards.map((c) => renderCard(c, language)).join('\n'));
  return parts.filter((p) => p.trim().length > 0).join('\n\n');
}

/** "Not sure" with the closest links and the offer of a person. */
export function renderNotSure(language: string, links: readonly Citation[]): string {
  return [t(language, 'notSure'), linkList(language, links).join('\n')].filter(Boolean).join('\n\n');
}
