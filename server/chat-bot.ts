import type { Bot } from '../bot/index.ts';
import type { ChatBot } from './chat/index.ts';

/** The chatbot as the chat service sees it: the bot's reply reduced to what travels in a frame. */
export function chatBotFrom(bot: Bot): ChatBot {
  return {
    async reply(input) {
      const r = await bot.reply({ conversationId: input.conversationId, text: input.text, language: input.language, profile: input.profile });
      return {
        text: r.text,
        language: r.language,
        direction: r.direction,
        sources: r.sources.map((s) => ({ title: s.title, url: s.url })),
        serviceCards: r.serviceCards.map((c) => ({
          serviceId: c.serviceId,
          name: c.name,
          organization: c.organization,
          ...(c.url ? { url: c.url } : {}),
          phones: c.phones,
          addresses: c.addresses,
          ...(c.hours ? { hours: c.hours } : {}),
          languages: c.languages,
          eligibility: c.eligibility,
          openNow: c.openNow,
        })),
        intent: r.intent,
        confidence: r.confidence,
        ...(r.handoff ? { handoff: r.handoff } : {}),
        urgent: r.urgent,
      };
    },
  };
}
