/**
 * The bot under evaluation: the served Bot (language detection, intents, filters, calibrated
 * confidence and handoff decision) over an in-memory index of the database's content. To evaluate
 * another build or configuration, change the one line below (any function returning a
 * BotUnderTest; see port.ts) — e.g. `realBot(db)` from real-bot.ts measures retrieval alone.
 */
import type { Queryable } from '../../knowledge/db/index.ts';
import type { BotUnderTest } from './port.ts';
import { wayfinderBot } from './wayfinder.ts';

export const plugBot: (db: Queryable) => Promise<BotUnderTest> = (db) => wayfinderBot(db);
