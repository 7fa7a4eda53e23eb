/** What an answer is made of: passages with their source, citation links and service cards. */
import type { Citation } from '../index/types.ts';

/** A directory service as the newcomer sees it; a superset of the chat port's BotServiceCard. */
export interface ServiceCard {
  serviceId: string;
  name: string;
  organization: string;
  url?: string;
  phones: string[];
  addresses: string[];
  /** Opening hours in the newcomer's language ("lun.–ven. 08:30–16:30"), absent when the directory has none. */
  hours?: string;
  /** Languages the service is offered in (ISO 639 codes). */
  languages: string[];
  /** Who may use it, as the directory words it (description, age range). */
  eligibility: string[];
  /** Open at the reply's clock time, in the directory's time zone; null when the directory lists no hours. */
  openNow: boolean | null;
}

/** One passage quoted from an article, in the language it is written in. */
export interface Passage {
  text: string;
  /** The article it comes from. */
  source: Citation;
  /** Language of the text (may differ from the newcomer's when no translation exists). */
  language: string;
  /** Search document id ("article:fr/health-card-ohip#1"). */
  docId: string;
  translationGroup: string;
}

export interface ComposedAnswer {
  /** Short title: the first article's title, else the first service's name. */
  title?: string;
  passages: Passage[];
  /** Citation links: each quoted article, then the sources it cites (deduplicated). */
  sources: Citation[];
  serviceCards: ServiceCard[];
  /** Languages of quoted passages that are not the newcomer's (empty when everything is translated). */
  otherLanguages: string[];
}
