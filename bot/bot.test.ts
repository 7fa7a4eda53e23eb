/**
 * The bot end to end on a real database with the demo content: answers in the newcomer's language
 * with citations, translations or the source-language notice, service cards with open-now, crisis,
 * handoffs, "not sure", the lexical-only fallback and the grounded-LLM fallbacks (LangChain fakes).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../knowledge/db/testing.ts';
import { loadDemoContent } from '../knowledge/demo/index.ts';
import { defaultModelDir } from '../knowledge/text/embedder.ts';
import { Bot, BotClosedError, BotInputError, type BotOptions, type BotReply } from './bot.ts';
import { plainText } from './answer/render.ts';
import { sourceLanguageNotice, t } from './i18n/index.ts';
import { ContentIndex } from './index/content-index.ts';
import { isOpenAt } from './retrieval/open-now.ts';
import { ConfidenceModel } from './confidence/model.ts';
import { handoffModelFingerprint } from './understand/handoff-model.ts';
import { TextClassifier } from './understand/text-classifier.ts';

const XLING = 'local/static-xling-glove-muse-100d';
const hasModel = existsSync(path.join(defaultModelDir(), XLING, 'config.json'));

let tdb: TestDb;
let lexical: ContentIndex;
let hybrid: ContentIndex | null = null;

async function withModelEnv<T>(value: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.WAYFINDER_EMBEDDING_MODEL;
  process.env.WAYFINDER_EMBEDDING_MODEL = value;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.WAYFINDER_EMBEDDING_MODEL;
    else process.env.WAYFINDER_EMBEDDING_MODEL = before;
  }
}

beforeAll(async () => {
  tdb = await createTestDb();
  await loadDemoContent(tdb.db, { plans: 0 });
  lexical = await withModelEnv('none', () => ContentIndex.open(tdb.db, { indexDir: null }));
  if (hasModel) hybrid = await withModelEnv(XLING, () => ContentIndex.open(tdb.db, { indexDir: null }));
}, 120_000);
afterAll(() => tdb?.drop());

// Tuesday 10 March 2026, 11:00 in Toronto (EDT starts 8 March): most offices are open.
const TUESDAY_MORNING = () => new Date('2026-03-10T15:00:00Z');
// Sunday 8 March 2026, 03:30 in Toronto: almost everything is closed.
const SUNDAY_NIGHT = () => new Date('2026-03-08T07:30:00Z');

const configs = () => [
  ...(hybrid ? [{ name: 'hybrid (xling)', content: hybrid }] : []),
  { name: 'lexical only', content: lexical },
];

function openBot(content: ContentIndex, options: BotOptions = {}): Promise<Bot> {
  return Bot.open(tdb.db, { content, llm: null, clock: TUESDAY_MORNING, ...options });
}

const languageOfUrl = (url: string) => /\/articles\/([a-z]{2})\//.exec(url)?.[1];

describe('answers in the newcomer language', () => {
  const healthCard: [string, string][] = [
    ['en', 'How do I get a health card?'],
    ['fr', "Comment obtenir la carte santé de l'Ontario ?"],
    ['es', '¿Cómo consigo la tarjeta de salud de Ontario?'],
    ['ar', 'كيف أحصل على بطاقة التأمين الصحي؟'],
  ];

  it.each(['hybrid (xling)', 'lexical only'])('health-card question in en/fr/es/ar: cited answer from that language version (%s)', async (name) => {
    const config = configs().find((c) => c.name === name);
    if (!config) return; // no embedding model on this machine
    const bot = await openBot(config.content);
    for (const [lang, text] of healthCard) {
      const r = await bot.reply({ text, language: lang });
      expect(r.intent, text).toBe('question');
      expect(r.language).toBe(lang);
      expect(r.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(r.handoff, text).toBeUndefined();
      expect(r.mode).toBe('extractive');
      expect(r.passages.length).toBeGreaterThan(0);
      expect(r.passages.length).toBeLessThanOrEqual(2);
      expect(r.passages[0].source.url).toBe(`/articles/${lang}/health-card-ohip`);
      // One passage per article: never two passages from one source.
      expect(new Set(r.passages.map((p) => p.source.url)).size).toBe(r.passages.length);
      for (const p of r.passages) expect(r.sources.map((s) => s.url)).toContain(p.source.url);
      expect(r.sources.some((s) => /^https?:\/\//.test(s.url)), 'the article cites its external sources').toBe(true);
      expect(r.text.startsWith(t(lang, 'answerIntro'))).toBe(true);
      expect(r.text).toContain(plainText(r.passages[0].text.trim()));
      expect(r.confidence).toBeGreaterThanOrEqual(bot.status().confidence.threshold!);
    }
  });

  it('replaces a hit in another language by the translation in the newcomer language', async () => {
    const bot = await openBot(lexical);
    // The English search for "OHIP" also finds the Arabic and Spanish versions; an English reader gets English passages.
    const r = await bot.reply({ text: 'OHIP health card how to apply', language: 'en' });
    expect(r.passages.length).toBeGreaterThan(0);
    for (const p of r.passages) expect(languageOfUrl(p.source.url)).toBe('en');
    // A French reader asking with English words gets the French version of the article that exists in French.
    const fr = await bot.reply({ text: 'carte santé OHIP comment faire la demande', language: 'fr' });
    expect(fr.language).toBe('fr');
    expect(fr.passages[0].source.url).toBe('/articles/fr/health-card-ohip');
  });

  it('a Chinese or Ukrainian question gets the English or French source, with the notice', async () => {
    const content = hybrid ?? lexical;
    // Threshold 0: this is about how an answer is written, not whether the bot is sure enough to give it.
    const bot = await openBot(content, { threshold: 0 });
    for (const [lang, text] of [
      ['zh', '怎么申请OHIP健康卡'],
      ['uk', 'Як отримати медичну картку OHIP?'],
    ] as const) {
      const r = await bot.reply({ text, language: lang });
      expect(r.language).toBe(lang);
      expect(r.passages.length, text).toBeGreaterThan(0);
      const shown = [...new Set(r.passages.map((p) => languageOfUrl(p.source.url)!))];
      for (const l of shown) expect(['en', 'fr']).toContain(l);
      expect(r.text.startsWith(sourceLanguageNotice(lang, shown))).toBe(true);
      expect(r.passages.map((p) => p.source.url)).toContain('/articles/en/health-card-ohip');
    }
  });

  it('an English reader of an article that exists only in English sees no notice', async () => {
    const bot = await openBot(lexical);
    const r = await bot.reply({ text: 'how do I open a bank account in Canada', language: 'en' });
    expect(r.passages.every((p) => languageOfUrl(p.source.url) === 'en')).toBe(true);
    expect(r.text.startsWith(t('en', 'answerIntro'))).toBe(true);
  });
});

describe('service cards', () => {
  it.each([
    ['Tuesday morning', TUESDAY_MORNING],
    ['Sunday night', SUNDAY_NIGHT],
  ])('free English classes in Sarnia: Sarnia services with open-now at a fixed clock (%s)', async (_when, clock) => {
    for (const { content } of configs()) {
      const bot = await openBot(content, { clock });
      const r = await bot.reply({ text: 'where can i get free english classes in sarnia', language: 'en' });
      expect(r.handoff).toBeUndefined();
      expect(r.serviceCards.length).toBeGreaterThan(0);
      expect(r.serviceCards.length).toBeLessThanOrEqual(3);
      for (const card of r.serviceCards) {
        const doc = content.index.get(`service:${card.serviceId}`)!;
        expect(doc.service!.sites).toContain('sarnia');
        expect(card.name).toBe(doc.title);
        expect(card.organization).toBe(doc.service!.organizationName);
        expect(card.phones).toEqual(doc.service!.phones);
        expect(card.addresses.join(' ')).toMatch(/Sarnia/);
        expect(card.openNow).toBe(doc.service!.schedule.length ? isOpenAt(doc.service!.schedule, clock()) : null);
      }
      expect(r.text).toContain(r.serviceCards[0].name);
      expect(r.passages[0].source.url).toBe('/articles/en/free-language-classes-linc');
    }
  });

  it('open-now differs between the two clocks for at least one card', async () => {
    const content = configs()[0].content;
    const text = 'where can i get free english classes in sarnia';
    const day = await (await openBot(content, { clock: TUESDAY_MORNING })).reply({ text });
    const night = await (await openBot(content, { clock: SUNDAY_NIGHT })).reply({ text });
    expect(day.serviceCards.some((c) => c.openNow === true)).toBe(true);
    expect(night.serviceCards.every((c) => c.openNow !== true)).toBe(true);
  });

  it('hours and labels are in the newcomer language', async () => {
    const bot = await openBot(lexical);
    const r = await bot.reply({ text: 'cours de français gratuits à Sarnia', language: 'fr', profile: { site: 'sarnia' } });
    const withHours = r.serviceCards.find((c) => c.hours);
    expect(withHours).toBeDefined();
    expect(withHours!.hours).toMatch(/lun\.|mar\.|mer\.|jeu\.|ven\./);
    expect(r.text).toContain(`${t('fr', 'card.hours')} :`);
  });

  it('profile filters: a service not offered in Arabic is not shown to someone who needs Arabic', async () => {
    // Threshold 0: this is about which services are shown, not whether the bot is sure enough to answer.
    const bot = await openBot(lexical, { threshold: 0 });
    const r = await bot.reply({ text: 'settlement help for newcomers in Windsor', language: 'en', profile: { serviceLanguage: 'ar' } });
    expect(r.serviceCards.length).toBeGreaterThan(0);
    for (const c of r.serviceCards) expect(c.languages).toContain('ar');
    const unfiltered = await bot.reply({ text: 'settlement help for newcomers in Windsor', language: 'en' });
    expect(unfiltered.serviceCards.some((c) => !c.languages.includes('ar')), 'without the profile, services not offered in Arabic do appear').toBe(true);
  });

  it('profile filters: a service the newcomer is not eligible for is not suggested', async () => {
    const bot = await openBot(lexical, { threshold: 0 });
    const ineligible = (id: string) => {
      const s = lexical.index.get(`service:${id}`)!.service!;
      return s.immigrationStatuses.length > 0 && !s.immigrationStatuses.includes('international_student');
    };
    const open = await bot.reply({ text: 'where can i get free english classes in sarnia', language: 'en' });
    expect(open.serviceCards.some((c) => ineligible(c.serviceId)), 'some Sarnia language services are limited by status').toBe(true);
    const student = await bot.reply({ text: 'where can i get free english classes in sarnia', language: 'en', profile: { immigrationStatus: 'international_student' } });
    expect(student.serviceCards.length).toBeGreaterThan(0);
    for (const c of student.serviceCards) expect(ineligible(c.serviceId)).toBe(false);
  });
});

describe('intents', () => {
  it('crisis in several languages: at once, with 911 and 988, urgent, handed off', async () => {
    const bot = await openBot(lexical);
    for (const [lang, text] of [
      ['en', 'I want to kill myself'],
      ['fr', 'je veux me suicider'],
      ['es', 'quiero suicidarme'],
      ['ar', 'أريد أن أقتل نفسي'],
      ['zh', '我想自杀'],
    ] as const) {
      const r = await bot.reply({ text, language: lang });
      expect(r.intent, text).toBe('crisis');
      expect(r.urgent).toBe(true);
      expect(r.handoff).toEqual({ reason: 'crisis' });
      expect(r.language).toBe(lang);
      expect(r.text).toContain('911');
      expect(r.text).toContain('988');
      expect(r.sources.map((s) => s.url)).toContain('https://988.ca');
    }
  });

  it('a crisis only the learned model sees: help lines first, urgent, handed off, and the question answered too', async () => {
    // Thresholds at 0: whatever retrieval finds is answered, so the answer part is always there.
    const bot = await openBot(lexical, { threshold: 0, lowThreshold: 0 });
    const r = await bot.reply({ text: 'mi marido me dio una golpiza y no puedo ver de un ojo', language: 'es' });
    expect(r.intent).toBe('crisis');
    expect(r.urgent).toBe(true);
    expect(r.handoff).toEqual({ reason: 'crisis' });
    expect(r.text.split('\n')[0]).toContain('911');
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.text).toContain(plainText(r.passages[0].text).slice(0, 30));
  });

  it('a medical emergency answers with 911 and is urgent', async () => {
    const bot = await openBot(lexical);
    const r = await bot.reply({ text: 'my father is not breathing', language: 'en' });
    expect(r.intent).toBe('crisis');
    expect(r.urgent).toBe(true);
    expect(r.text).toContain('911');
  });

  it('asking for a person hands off with reason "asked"', async () => {
    const bot = await openBot(lexical);
    for (const [lang, text] of [
      ['en', 'can I talk to a real person'],
      ['fr', 'je veux parler à une personne'],
    ] as const) {
      const r = await bot.reply({ text, language: lang });
      expect(r.intent, text).toBe('ask_for_person');
      expect(r.handoff).toEqual({ reason: 'asked' });
      expect(r.text).toBe(t(lang, 'handingOff'));
      expect(r.urgent).toBe(false);
    }
  });

  it('a referral request names the directory service when it can', async () => {
    const bot = await openBot(lexical);
    const r = await bot.reply({ text: 'can you refer me to Millbrook Employment Centre', language: 'en' });
    expect(r.intent).toBe('referral_request');
    expect(r.handoff?.reason).toBe('referral_request');
    const id = r.handoff!.referral!.serviceId!;
    expect(lexical.index.get(`service:${id}`)!.service!.organizationName).toMatch(/^Millbrook Employment Centre/);
    expect(r.text).toContain(lexical.index.get(`service:${id}`)!.title);
    const unknown = await bot.reply({ text: 'please refer me to Zyxwv Qwerty Society', language: 'en' });
    expect(unknown.handoff?.reason).toBe('referral_request');
    expect(unknown.handoff!.referral!.serviceId).toBeUndefined();
  });

  it('greeting and thanks get the interface reply, no handoff', async () => {
    const bot = await openBot(lexical);
    const hi = await bot.reply({ text: 'hello', language: 'en' });
    expect(hi).toMatchObject({ intent: 'greeting', text: t('en', 'greetingReply'), urgent: false });
    expect(hi.handoff).toBeUndefined();
    const thanks = await bot.reply({ text: 'merci beaucoup', language: 'fr' });
    expect(thanks).toMatchObject({ intent: 'thanks', text: t('fr', 'thanksReply'), language: 'fr' });
  });

  it('out of scope: says so and offers a person', async () => {
    const bot = await openBot(lexical);
    const r = await bot.reply({ text: "what's the weather tomorrow", language: 'en' });
    expect(r.intent).toBe('out_of_scope');
    expect(r.text).toContain(t('en', 'outOfScope'));
    expect(r.text).toContain(t('en', 'offerPerson'));
    expect(r.handoff).toEqual({ reason: 'low_confidence' });
  });

  it.each(['hybrid (xling)', 'lexical only'])('nonsense: not sure, closest links, person offered (%s)', async (name) => {
    const config = configs().find((c) => c.name === name);
    if (!config) return;
    const bot = await openBot(config.content);
    const r = await bot.reply({ text: 'asdkj qwpoe zxmnv', language: 'en' });
    expect(r.intent).toBe('question');
    expect(r.confidence).toBeLessThan(bot.status().confidence.threshold!);
    expect(r.text.startsWith(t('en', 'notSure'))).toBe(true);
    expect(r.handoff).toEqual({ reason: 'low_confidence' });
    expect(r.passages).toEqual([]);
    for (const s of r.sources) expect(r.text).toContain(s.url);
  });
});

describe('facade', () => {
  it('lexical only: status says why, and the bot still answers', async () => {
    const bot = await openBot(lexical);
    const s = bot.status();
    expect(s.retrieval.mode).toBe('lexical');
    expect(s.retrieval.reason).toMatch(/^lexical-only/);
    expect(s.index.dense.modelId).toBeNull();
    expect(s.confidence.fitted).toContain('lexical');
    expect(s.llm).toEqual({ enabled: false, model: null });
  });

  it.skipIf(!hasModel)('hybrid: status names the model and the threshold fitted for it', async () => {
    const s = (await openBot(hybrid!)).status();
    expect(s.retrieval).toEqual({ mode: 'hybrid', reason: null });
    expect(s.index.dense.modelId).toBe(XLING);
    expect(s.confidence.embeddingModelFittedOn).toBe(XLING);
    expect(s.confidence.note).toBeNull();
  });

  it('rejects bad input with typed errors, and refuses after close', async () => {
    const bot = await openBot(lexical);
    await expect(bot.reply({ text: '   ' })).rejects.toMatchObject({ name: 'BotInputError', code: 'empty' });
    await expect(bot.reply({ text: 'x'.repeat(3000) })).rejects.toBeInstanceOf(BotInputError);
    await expect(bot.reply({ text: 42 as unknown as string })).rejects.toMatchObject({ code: 'not_text' });
    await bot.close();
    await expect(bot.reply({ text: 'hello' })).rejects.toBeInstanceOf(BotClosedError);
  });

  it('ignores profile values it cannot use instead of failing', async () => {
    const bot = await openBot(lexical);
    const text = 'where is the food bank';
    const r = await bot.reply({ text, language: 'en', profile: { site: 'toronto', immigrationStatus: 'tourist', ageBand: 'old' } });
    const plain = await bot.reply({ text, language: 'en' });
    expect(r.intent).toBe('question');
    expect(r.passages).toEqual(plain.passages);
    expect(r.serviceCards).toEqual(plain.serviceCards);
  });
});

class ThrowingChatModel extends FakeListChatModel {
  async _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    throw new Error('model unavailable');
  }
}

describe('grounded LLM step (LangChain fake chat models)', () => {
  const question = { text: 'How do I get a health card?', language: 'en' };

  it('a cited answer is used, with the extractive citations', async () => {
    const llm = new FakeListChatModel({ responses: ['Apply at ServiceOntario with your documents [1].'] });
    const bot = await openBot(lexical, { llm });
    const r = await bot.reply(question);
    expect(r.mode).toBe('llm');
    expect(r.text).toContain('Apply at ServiceOntario with your documents [1].');
    expect(r.passages[0].source.url).toBe('/articles/en/health-card-ohip');
    expect(r.sources.length).toBeGreaterThan(0);
    expect(bot.status().llm.enabled).toBe(true);
  });

  it('an uncited answer, or one citing a passage that does not exist, falls back to extractive', async () => {
    for (const output of ['Just go to ServiceOntario.', 'Go to ServiceOntario [7].']) {
      const fallbacks: string[] = [];
      const bot = await openBot(lexical, { llm: new FakeListChatModel({ responses: [output] }), onLlmFallback: (r) => fallbacks.push(r) });
      const r: BotReply = await bot.reply(question);
      expect(r.mode).toBe('extractive');
      expect(r.text).not.toContain(output);
      expect(r.text).toContain(plainText(r.passages[0].text.trim()));
      expect(fallbacks).toEqual([output.includes('[7]') ? 'unknown_citation' : 'uncited']);
    }
  });

  it('a thrown error or a timeout falls back to extractive', async () => {
    const fallbacks: string[] = [];
    const onLlmFallback = (r: string) => fallbacks.push(r);
    const failing = await openBot(lexical, { llm: new ThrowingChatModel({ responses: ['unused'] }), onLlmFallback });
    const r = await failing.reply(question);
    expect(r.mode).toBe('extractive');
    expect(r.passages.length).toBeGreaterThan(0);
    const slow = await openBot(lexical, { llm: new FakeListChatModel({ responses: ['Late answer [1].'], sleep: 500 }), llmTimeoutMs: 20, onLlmFallback });
    const s = await slow.reply(question);
    expect(s.mode).toBe('extractive');
    expect(fallbacks).toEqual(['error', 'timeout']);
  });

  it('a refusal becomes "not sure" with a person offered', async () => {
    const bot = await openBot(lexical, { llm: new FakeListChatModel({ responses: ['NOT_IN_SOURCES'] }) });
    const r = await bot.reply(question);
    expect(r.text.startsWith(t('en', 'notSure'))).toBe(true);
    expect(r.handoff).toEqual({ reason: 'low_confidence' });
    expect(r.passages).toEqual([]);
  });
});

describe('answer bands (hand off / answer and offer a person / answer)', () => {
  const question = { text: 'how do I open a bank account in Canada', language: 'en' };

  it('between the low and the high threshold: answers with passages, offers a person, no handoff', async () => {
    const bot = await openBot(lexical, { threshold: 1, lowThreshold: 0 });
    const r = await bot.reply(question);
    expect(r.handoff).toBeUndefined();
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.text.endsWith(t('en', 'offerPerson'))).toBe(true);
  });

  it('above the high threshold: answers without the offer', async () => {
    const bot = await openBot(lexical, { threshold: 0, lowThreshold: 0 });
    const r = await bot.reply(question);
    expect(r.handoff).toBeUndefined();
    expect(r.text).not.toContain(t('en', 'offerPerson'));
  });

  it('under the low threshold: not sure, handed off', async () => {
    const bot = await openBot(lexical, { threshold: 1, lowThreshold: 1 });
    const r = await bot.reply(question);
    expect(r.text.startsWith(t('en', 'notSure'))).toBe(true);
    expect(r.handoff).toEqual({ reason: 'low_confidence' });
    expect(r.passages).toEqual([]);
  });

  it('a topic the content does not cover is handed off however sure retrieval is', async () => {
    const bot = await openBot(lexical, { threshold: 0, lowThreshold: 0 });
    const r = await bot.reply({ text: 'where do i get a police check for my new job', language: 'en' });
    expect(r.intent).toBe('question');
    expect(r.handoff).toEqual({ reason: 'low_confidence', notCovered: true });
    expect(r.passages).toEqual([]);
  });

  it('a question naming the asker’s own case: answered with a person offered only in the high band, else handed to a person', async () => {
    const personal = { text: 'can i work while waiting for my hearing', language: 'en' };
    const sure = await (await openBot(lexical, { threshold: 0, lowThreshold: 0 })).reply(personal);
    expect(sure.handoff).toBeUndefined();
    expect(sure.passages.length).toBeGreaterThan(0);
    expect(sure.text.endsWith(t('en', 'offerPerson'))).toBe(true);

    const middle = await (await openBot(lexical, { threshold: 1, lowThreshold: 0 })).reply(personal);
    expect(middle.handoff).toEqual({ reason: 'asked', personalCase: true });
    expect(middle.text).toBe(t('en', 'handingOff'));
    expect(middle.passages).toEqual([]);
    expect(middle.sources.length).toBeGreaterThan(0);
  });
});

describe('the learned handoff decision', () => {
  // A toy handoff reading and a decision that follows it alone (weights: answer 0, text 3).
  const reading = TextClassifier.train([
    ...['can you check my file please', 'look at my application for me', 'call my landlord for me'].map((text) => ({ text, label: 1 as const })),
    ...['how do i open a bank account', 'where is the food bank', 'what is a health card'].map((text) => ({ text, label: 0 as const })),
  ]);
  const shipped = ConfidenceModel.load().file;
  const withDecision = (fingerprint: string) =>
    ConfidenceModel.parse({
      ...shipped,
      models: {
        lexical: { ...shipped.models.lexical!, threshold: 0, lowThreshold: 0, handoff: { mean: [0, 0], std: [1, 1], weights: [0, 3], bias: 0, cut: 0.5, textModelFingerprint: fingerprint } },
      },
    });

  it('hands a message it reads as needing a person to one, saying so, even when retrieval is sure', async () => {
    const bot = await openBot(lexical, { confidence: withDecision(handoffModelFingerprint(reading)), handoffModel: reading });
    expect(bot.status().confidence.handoff).toBe('learned');
    const personal = await bot.reply({ text: 'can you check my bank account application for me', language: 'en' });
    expect(personal.handoff).toEqual({ reason: 'asked', personalCase: true });
    expect(personal.text).toBe(t('en', 'handingOff'));
    expect(personal.sources.length).toBeGreaterThan(0);
    const general = await bot.reply({ text: 'how do i open a bank account', language: 'en' });
    expect(general.handoff).toBeUndefined();
    expect(general.passages.length).toBeGreaterThan(0);
  });

  it('falls back to the low threshold, and says why, when fitted for another handoff model; off when asked', async () => {
    const stale = await openBot(lexical, { confidence: withDecision('fitted-for-another-model'), handoffModel: reading });
    expect(stale.status().confidence).toMatchObject({ handoff: 'low_threshold', note: expect.stringMatching(/another handoff text model/) });
    // threshold 0 and low threshold 0: the low-threshold rule answers everything.
    expect((await stale.reply({ text: 'can you check my bank account application for me', language: 'en' })).handoff).toBeUndefined();
    const off = await openBot(lexical, { confidence: withDecision(handoffModelFingerprint(reading)), handoffModel: null });
    expect(off.status().confidence.handoff).toBe('low_threshold');
    expect((await openBot(lexical)).status().confidence.handoff).toBe('learned');
  });
});
