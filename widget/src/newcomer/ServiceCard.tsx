import type { z } from 'zod';
import type { serviceCard } from '../../../server/chat/protocol.ts';
import { LANGUAGE_NAMES, isLanguage, type Language, type StringKey } from './strings.ts';

/** A service card as the chat server sends it; languages and open-now are shown when the bot includes them. */
export type ServiceCardData = z.infer<typeof serviceCard> & { languages?: string[]; openNow?: boolean };

function languageLabel(code: string, ui: Language): string {
  if (isLanguage(code)) return LANGUAGE_NAMES[code];
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Directions open in OpenStreetMap: no account, no tracking script, works on any phone browser. */
const directionsUrl = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

export function ServiceCardView({ card, t, language }: { card: ServiceCardData; t: (key: StringKey) => string; language: Language }) {
  const phone = card.phones?.[0];
  const address = card.addresses?.[0];
  return (
    <article className="wf-card" aria-label={card.name}>
      <h3>{card.name}</h3>
      {card.organization && <p className="wf-org">{card.organization}</p>}
      {card.openNow !== undefined && <p className={card.openNow ? 'wf-open' : 'wf-closed'}>{card.openNow ? t('card.openNow') : t('card.closedNow')}</p>}
      <dl>
        {card.hours && (
          <>
            <dt>{t('card.hours')}</dt>
            <dd dir="auto">{card.hours}</dd>
          </>
        )}
        {address && (
          <>
            <dt>{t('card.address')}</dt>
            <dd dir="ltr">{address}</dd>
          </>
        )}
        {card.languages && card.languages.length > 0 && (
          <>
            <dt>{t('card.languages')}</dt>
            <dd>{card.languages.map((l) => languageLabel(l, language)).join(', ')}</dd>
          </>
        )}
      </dl>
      <div className="wf-card-actions">
        {phone && (
          <a className="wf-button" href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>
            {t('card.call')} <span dir="ltr">{phone}</span>
          </a>
        )}
        {address && (
          <a className="wf-button" href={directionsUrl(address)} target="_blank" rel="noopener noreferrer">
            {t('card.directions')}
          </a>
        )}
        {card.url && (
          <a className="wf-button" href={card.url} target="_blank" rel="noopener noreferrer">
            {t('card.website')}
          </a>
        )}
      </div>
    </article>
  );
}
