/** server/chat: realtime chat and human handoff. */
export { chatPlugin, type ChatPluginOptions } from './plugin.ts';
export { registerSecurity, parseOrigins, type SecurityOptions } from './security.ts';
export type { ChatBot, BotReply, BotInput, BotProfile, BotServiceCard } from './bot-port.ts';
export * from './protocol.ts';
export { runRetention, scheduleRetention, type RetentionOptions, type RetentionReport } from './retention.ts';
export { DEFAULT_OFFICE_HOURS, officeStatus, type OfficeHours, type OfficeStatus } from './office-hours.ts';
export { createInvitation } from './profile.ts';
