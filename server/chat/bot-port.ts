/**
 * What the chat needs from the bot, and nothing more. The composition root adapts bot/ to this
 * port; tests use a deterministic double.
 */
import type { HandoffReason } from './protocol.ts';

/** The profile fields the bot may use for filtering; only what the newcomer consented to share. */
export interface BotProfile {
  site?: string;
  immigrationStatus?: string;
  ageBand?: string;
  serviceLanguage?: string;
}

export interface BotServiceCard {
  serviceId: string;
  name: string;
  organization?: string;
  url?: string;
  phones?: string[];
  addresses?: string[];
  hours?: string;
  languages?: string[];
  eligibility?: string[];
  openNow?: boolean | null;
}

export interface BotReply {
  text: string;
  language: string;
  direction: 'ltr' | 'rtl';
  sources: { title: string; url: string }[];
  serviceCards: BotServiceCard[];
  intent: string;
  /** 0..1, calibrated by the bot; the bot itself decides when it is too low and asks for a handoff. */
  confidence: number;
  /** Set when the bot thinks a person should take over. */
  handoff?: { reason: HandoffReason; referral?: { serviceId?: string; text: string } };
  urgent: boolean;
}

export interface BotInput {
  conversationId: string;
  text: string;
  /** The conversation's language so far (the widget's choice or the last detected one). */
  language?: string;
  profile?: BotProfile;
}

export interface ChatBot {
  reply(input: BotInput): Promise<BotReply>;
}
