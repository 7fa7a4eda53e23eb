/**
 * The bot: one message in, one reply out. Language (with the conversation's language as a hint),
 * then intent — crisis first, answered at once — then hybrid retrieval with filters from the
 * question and profile, a calibrated confidence, and an extractive answer (optionally rephrased by
 * a grounded LLM) or an honest "not sure" with the closest links and the offer of a person. Three
 * bands: the bot hands off when the handoff decision says the message needs a person (the answer
 * confidence weighed against the learned handoff reading of the text; the low threshold alone when
 * that model is off) or the topic is one the content does not cover; under the high threshold it
 * answers and offers a person; above it, it answers.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Db, Queryable } from '../knowledge/db/types.ts';
import type { Embedder } from '../knowledge/text/embedder.ts';
import { closestLinks, composeAnswer, DbArticleVersions, type ArticleVersions } from './answer/compose.ts';
import { matchService } from './answer/match-service.ts';
import { renderAnswer, renderNotSure } from './answer/render.ts';
import type { ComposedAnswer, ServiceCard } from './answer/types.ts';
import { confidenceFeatures, type Features } from './confidence/features.ts';
import { ConfidenceModel, type Confidence } from './confidence/model.ts';
import { notCoveredTopic } from './confidence/not-covered.ts';
import { direction, t, toUiLanguage, DEFAULT_LANGUAGE, type UiLanguage } from './i18n/index.ts';
import { baseLanguage } from './index/analyze/analyzer.ts';
import { ContentIndex, type OpenContentIndexOptions } from './index/content-index.ts';
import type { SearchIndex, SearchIndexStatus } from './index/search-index.ts';
import type { Citation, SearchDoc } from './index/types.ts';
import { createChatModel, llmConfigFromEnv } from './llm/config.ts';
import { groundedAnswer, type FallbackReason } from './llm/grounded.ts';
import { documentFilter, validateFilters, type SearchFilters } from './retrieval/filters.ts';
import { systemClock, type Clock } from './retrieval/open-now.ts';
import { filtersFor, type NewcomerProfile } from './retrieval/question-filters.ts';
import { MAX_QUERY_CHARS, search, type SearchMode, type SearchResult } from './retrieval/search.ts';
import { classifyIntent, crisisResponse, defaultCrisisModel, defaultHandoffModel, handoffModelFingerprint, type TextClassifier, loadLanguageDetector, MIN_CONFIDENCE, type DetectedLanguage, type Intent, type IntentResult, type LanguageDetector } from './understand/index.ts';

export type HandoffReason = 'asked' | 'low_confidence' | 'crisis' | 'referral_request';

/** What the newcomer consented to share; unknown values are ignored rather than failing the reply. */
export interface BotProfile {
  site?: string;
  immigrationStatus?: string;
  age?: number;
  ageBand?: string;
  serviceLanguage?: string;
}

export interface BotInput {
  conversationId?: string;
  text: string;
  /** The conversation's language so far (widget choice or last detected): a hint for short messages. */
  language?: string;
  profile?: BotProfile;
}

export interface BotReply {
  /** The whole reply as plain text. */
  text: string;
  /** The language the reply is written in (one of the bot's interface languages). */
  language: string;
  direction: 'ltr' | 'rtl';
  title?: string;
  passages: { text: string; source: Citation }[];
  sources: Citation[];
  serviceCards: ServiceCard[];
  intent: Intent;
  /** Questions: the calibrated probability that the answer is relevant. Other intents: the rule's confidence. */
  confidence: number;
  handoff?: {
    reason: HandoffReason;
    referral?: { serviceId?: string; text: string };
    /** For a low-confidence handoff: the question names a topic the content does not cover. */
    notCovered?: true;
    /** The question names the asker's own file or case and retrieval was not sure enough to answer it. */
    personalCase?: true;
  };
  urgent: boolean;
  mode: 'extractive' | 'llm';
}

/** The search index the bot answers from: a ContentIndex, or any index with a status (evaluation builds one in memory). */
export interface BotContent {
  readonly index: SearchIndex;
  status(): SearchIndexStatus;
}

export interface BotOptions {
  /** A content index already open (shared with other parts of the server); otherwise one is opened (needs a Db). */
  content?: BotContent;
  /** Options for opening the content index (embedder: null = lexical only). */
  index?: OpenContentIndexOptions;
  /** Retrieval mode to ask for (default hybrid; lexical when there is no embedding model). */
  searchMode?: SearchMode;
  /** Hits retrieved per question (default 10). */
  searchLimit?: number;
  /** The fitted confidence model; default bot/confidence/coefficients.json; null answers everything (used when fitting). */
  confidence?: ConfidenceModel | null;
  /**
   * Reads how much a message needs a person (understand/handoff-model.ts) for the handoff decision;
   * default the model trained on the calibration split; null falls back to the low threshold alone.
   */
  handoffModel?: TextClassifier | null;
  /**
   * Overrides the fitted threshold (and the low one with it, unless `lowThreshold` is given). Either
   * override also replaces the learned handoff decision by the low threshold (evaluation sweeps).
   */
  threshold?: number;
  /** Overrides the fitted low threshold: under it the bot hands off, between it and `threshold` it answers and offers a person. */
  lowThreshold?: number;
  /** A chat model for the grounded step; undefined reads WAYFINDER_LLM_* from the environment; null turns it off. */
  llm?: BaseChatModel | null;
  llmTimeoutMs?: number;
  /** Told why a grounded answer was not used (metrics); never given the message. */
  onLlmFallback?: (reason: FallbackReason) => void;
  languageDetector?: LanguageDetector;
  clock?: Clock;
  /** Where translations of an article are looked up (default: the article table). */
  versions?: ArticleVersions;
}

export class BotInputError extends TypeError {
  constructor(
    message: string,
    readonly code: 'not_text' | 'empty' | 'too_long',
  ) {
    super(message);
    this.name = 'BotInputError';
  }
}

export class BotOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BotOptionsError';
  }
}

export class BotClosedError extends Error {
  constructor() {
    super('the bot has been closed');
    this.name = 'BotClosedError';
  }
}

export interface BotStatus {
  index: SearchIndexStatus;
  /** The retrieval the bot runs, and why it is lexical only when it is. */
  retrieval: { mode: SearchMode; reason: string | null };
  confidence: {
    fitted: SearchMode[];
    threshold: number | null;
    embeddingModelFittedOn: string | null;
    note: string | null;
    /** How questions no rule routed are handed off: the learned handoff decision, or the low threshold alone. */
    handoff: 'learned' | 'low_threshold';
  };
  llm: { enabled: boolean; model: string | null };
}

/** Everything the bot decided about one message, before the reply is written (evaluation reads this). */
export interface Decision {
  language: DetectedLanguage;
  replyLanguage: UiLanguage;
  intent: IntentResult;
  filters?: SearchFilters;
  search?: SearchResult;
  features?: Features;
  confidence?: Confidence;
  /** A settlement topic the content does not cover, named in the question (confidence/not-covered.ts). */
  notCovered?: string;
}

// Languages the index has articles in, read once per open (content languages change rarely).
function articleLanguages(content: BotContent): string[] {
  return [...new Set(content.index.documents().filter((d) => d.kind === 'article').map((d) => baseLanguage(d.language)))];
}

/** Profile fields that make valid filters; a bad value from upstream is dropped, not fatal. */
function profileFilters(profile: BotProfile | undefined): NewcomerProfile {
  if (!profile) return {};
  const out: NewcomerProfile = {};
  const keep = (f: SearchFilters) => {
    try {
      validateFilters(f);
      return true;
    } catch {
      return false;
    }
  };
  if (profile.site && keep({ site: profile.site })) out.site = profile.site;
  if (profile.immigrationStatus && keep({ immigrationStatus: profile.immigrationStatus })) out.immigrationStatus = profile.immigrationStatus;
  if (typeof profile.age === 'number' && keep({ age: profile.age })) out.age = profile.age;
  else if (profile.ageBand && keep({ age: profile.ageBand as NewcomerProfile['ageBand'] })) out.ageBand = profile.ageBand as NewcomerProfile['ageBand'];
  if (profile.serviceLanguage && keep({ serviceLanguage: profile.serviceLanguage })) out.serviceLanguage = profile.serviceLanguage;
  return out;
}

export class Bot {
  private closed = false;

  private constructor(
    readonly content: BotContent,
    private readonly detector: LanguageDetector,
    private readonly confidenceModel: ConfidenceModel | null,
    private readonly handoffModel: { model: TextClassifier; fingerprint: string } | null,
    private readonly llm: { model: BaseChatModel; name: string | null; timeoutMs: number } | null,
    private readonly versions: ArticleVersions,
    private readonly contentLanguages: string[],
    private readonly options: BotOptions,
  ) {}

  /** `db` is read for article translations; it must be a full Db when no `content` index is given (the index persists in it). */
  static async open(db: Db | Queryable, options: BotOptions = {}): Promise<Bot> {
    if (!options.content && !('transaction' in db)) throw new BotOptionsError('opening the content index needs a Db (with transactions); pass `content` to use an index opened elsewhere');
    const confidence = options.confidence === undefined ? ConfidenceModel.load() : options.confidence;
    let llm: { model: BaseChatModel; name: string | null; timeoutMs: number } | null = null;
    if (options.llm) {
      llm = { model: options.llm, name: options.llm.getName(), timeoutMs: options.llmTimeoutMs ?? 8000 };
    } else if (options.llm === undefined) {
      const config = llmConfigFromEnv();
      if (config) llm = { model: await createChatModel(config), name: config.model, timeoutMs: options.llmTimeoutMs ?? config.timeoutMs };
    }
    defaultCrisisModel(); // trained once per process; now rather than on the first message
    const handoffText = options.handoffModel === undefined ? (confidence?.hasHandoffDecision() ? defaultHandoffModel() : null) : options.handoffModel;
    // Which text model this is, to check it is the one the handoff decision was fitted for.
    const handoffModel = handoffText ? { model: handoffText, fingerprint: handoffModelFingerprint(handoffText) } : null;
    const [content, detector] = await Promise.all([
      options.content ?? ContentIndex.open(db as Db, options.index),
      options.languageDetector ?? loadLanguageDetector(),
    ]);
    return new Bot(content, detector, confidence, handoffModel, llm, options.versions ?? new DbArticleVersions(db), articleLanguages(content), options);
  }

  /** The fitted decision expects another text model than the one trained here (data or code changed). */
  private handoffMismatch(mode: SearchMode): boolean {
    const expected = this.confidenceModel?.handoffTextModelFingerprint(mode) ?? null;
    return this.handoffModel !== null && expected !== null && expected !== this.handoffModel.fingerprint;
  }

  /** Whether questions searched in this mode get the learned handoff decision. */
  private learnedHandoff(mode: SearchMode): boolean {
    return this.handoffModel !== null && this.handoffModel.fingerprint === this.confidenceModel?.handoffTextModelFingerprint(mode);
  }

  /** The handoff text model's reading for the decision; undefined falls back to the low threshold. */
  private handoffTextFor(mode: SearchMode, text: string): number | undefined {
    return this.learnedHandoff(mode) ? this.handoffModel!.model.score(text) : undefined;
  }

  private get clock(): Clock {
    return this.options.clock ?? systemClock;
  }

  private get requestedMode(): SearchMode {
    return this.options.searchMode ?? 'hybrid';
  }

  status(): BotStatus {
    const index = this.content.status();
    const mode: SearchMode = this.content.index.hasDense ? this.requestedMode : 'lexical';
    let threshold: number | null = null;
    let fittedOn: string | null = null;
    let note: string | null = null;
    if (!this.confidenceModel) note = 'no confidence model: every question is answered';
    else if (!this.confidenceModel.modes().includes(mode)) note = `no confidence model for ${mode} retrieval`;
    else {
      const m = this.confidenceModel.model(mode);
      threshold = this.options.threshold ?? m.threshold;
      fittedOn = m.fittedOn.embeddingModel;
      if (mode !== 'lexical' && fittedOn !== index.dense.modelId) note = `fitted with ${fittedOn}, running ${index.dense.modelId}: refit with bot/confidence/fit.ts`;
      if (this.handoffMismatch(mode)) note = `the handoff decision was fitted for another handoff text model (its training data or code changed): handing off by the low threshold; refit with bot/confidence/fit.ts`;
    }
    return {
      index,
      retrieval: { mode, reason: index.dense.reason },
      confidence: { fitted: this.confidenceModel?.modes() ?? [], threshold, embeddingModelFittedOn: fittedOn, note, handoff: this.learnedHandoff(mode) ? 'learned' : 'low_threshold' },
      llm: { enabled: this.llm !== null, model: this.llm?.name ?? null },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private check(input: BotInput): void {
    if (this.closed) throw new BotClosedError();
    if (!input || typeof input.text !== 'string') throw new BotInputError('the message text must be a string', 'not_text');
    if (input.text.trim().length === 0) throw new BotInputError('the message is empty', 'empty');
    if (input.text.length > MAX_QUERY_CHARS) throw new BotInputError(`the message has ${input.text.length} characters; the limit is ${MAX_QUERY_CHARS}`, 'too_long');
  }

  /**
   * What the bot makes of a message: language, intent, and for questions the search and its
   * confidence. `searchAlways` searches whatever the intent (fitting the confidence model on
   * messages the intent rules would route elsewhere).
   */
  async decide(input: BotInput, options: { searchAlways?: boolean } = {}): Promise<Decision> {
    this.check(input);
    const hint = input.language ? baseLanguage(input.language) : undefined;
    const language = this.detector.detect(input.text, { previous: hint });
    const replyLanguage = toUiLanguage(language.language) ?? toUiLanguage(hint) ?? DEFAULT_LANGUAGE;
    const intent = classifyIntent(input.text, { language: language.language });
    // A crisis only the learned model sees is also answered, in case it is an ordinary question.
    const searches = intent.intent === 'question' || (intent.intent === 'crisis' && intent.learned === true);
    if (!searches && !options.searchAlways) return { language, replyLanguage, intent };

    const filters = filtersFor(input.text, profileFilters(input.profile));
    // A language the text did not settle is left to the script (analysing as en/fr/es covers code-switching).
    const searchLanguage = language.source === 'default' || language.confidence < MIN_CONFIDENCE / 2 ? undefined : language.language;
    const result = await search(this.content.index, input.text, {
      mode: this.requestedMode,
      language: searchLanguage,
      filters,
      clock: this.clock,
      limit: this.options.searchLimit ?? 10,
    });
    const features = confidenceFeatures(result, { language: language.language, contentLanguages: this.contentLanguages });
    const confidence = this.confidenceModel?.modes().includes(result.mode)
      ? this.confidenceModel.score(result.mode, features, this.options.threshold, this.options.lowThreshold, this.handoffTextFor(result.mode, input.text))
      : { probability: NaN, threshold: 0, answer: result.hits.length > 0, lowThreshold: 0, handOff: result.hits.length === 0 };
    const notCovered = notCoveredTopic(input.text);
    return { language, replyLanguage, intent, filters, search: result, features, confidence, ...(notCovered ? { notCovered } : {}) };
  }

  async reply(input: BotInput): Promise<BotReply> {
    const d = await this.decide(input);
    const lang = d.replyLanguage;
    const base = {
      language: lang,
      direction: direction(lang),
      passages: [] as BotReply['passages'],
      sources: [] as Citation[],
      serviceCards: [] as ServiceCard[],
      intent: d.intent.intent,
      confidence: d.intent.confidence,
      urgent: false,
      mode: 'extractive' as const,
    };
    switch (d.intent.intent) {
      case 'crisis': {
        const r = crisisResponse(d.intent.crisisKind ?? 'danger', lang);
        const sources = r.lines.filter((l) => l.url).map((l) => ({ title: l.name, url: l.url! }));
        const crisisReply: BotReply = { ...base, text: r.text, sources, urgent: true, handoff: { reason: 'crisis' } };
        if (!d.intent.learned || !d.search) return crisisReply;
        // The model, not a phrase, saw a crisis: the help lines first and an advisor alerted, then
        // the answer too, because about one ordinary question in seventy scores this high.
        const answered = await this.answer(input, d, base);
        if (answered.handoff) return crisisReply;
        return { ...answered, intent: 'crisis', text: `${r.text}\n\n${answered.text}`, sources: [...sources, ...answered.sources], urgent: true, handoff: { reason: 'crisis' } };
      }
      case 'ask_for_person':
        return { ...base, text: t(lang, 'handingOff'), handoff: { reason: 'asked' } };
      case 'referral_request':
        return this.referral(input, d, base);
      case 'out_of_scope':
        return { ...base, text: `${t(lang, 'outOfScope')}\n\n${t(lang, 'offerPerson')}`, handoff: { reason: 'low_confidence' } };
      case 'greeting':
        return { ...base, text: t(lang, 'greetingReply') };
      case 'thanks':
        return { ...base, text: t(lang, 'thanksReply') };
      case 'question':
        return this.answer(input, d, base);
    }
  }

  private referral(input: BotInput, d: Decision, base: Omit<BotReply, 'text'>): BotReply {
    const lang = d.replyLanguage;
    const named = d.intent.matched;
    const site = profileFilters(input.profile).site;
    const match = named ? matchService(named, this.content.index.documents(), { site }) : null;
    const text = match
      ? t(lang, 'referralReceived', { service: match.doc.title })
      : named
        ? t(lang, 'referralReceived', { service: named })
        : t(lang, 'referralReceivedGeneric');
    return {
      ...base,
      text,
      handoff: { reason: 'referral_request', referral: { ...(match ? { serviceId: match.doc.sourceId } : {}), text: input.text } },
    };
  }

  private async answer(input: BotInput, d: Decision, base: Omit<BotReply, 'text'>): Promise<BotReply> {
    const lang = d.replyLanguage;
    const result = d.search!;
    const confidence = d.confidence!;
    const probability = Number.isNaN(confidence.probability) ? 1 : confidence.probability;
    const compose = { language: lang, query: input.text, index: this.content.index, versions: this.versions };
    const notSure = async (why: { notCovered?: true } = {}): Promise<BotReply> => {
      const links = await closestLinks(result.hits, compose);
      return { ...base, text: renderNotSure(lang, links), sources: links, confidence: probability, handoff: { reason: 'low_confidence', ...why } };
    };
    const route = questionRoute(d);
    if (route === 'not_covered') return notSure({ notCovered: true });
    if (route === 'not_sure') return notSure();
    if (route === 'needs_person') {
      // Retrieval may be sure of an answer, but the message is about the asker's own case: say a
      // person will help, not that the bot is unsure, and still show the closest links.
      const links = await closestLinks(result.hits, compose);
      return { ...base, text: t(lang, 'handingOff'), sources: links, confidence: probability, handoff: { reason: 'asked', personalCase: true } };
    }
    const offerPerson = !confidence.answer || d.intent.personalContext === true;

    const withServices = d.filters?.site !== undefined || result.hits.slice(0, 3).some((h) => h.doc.kind === 'service');
    const fallbackServices = withServices && !result.hits.some((h) => h.doc.kind === 'service') ? await this.servicesLike(input.text, result, d.filters ?? {}) : [];
    const answer = await composeAnswer(result.hits, { ...compose, clock: this.clock, withServices, fallbackServices });
    if (answer.passages.length === 0 && answer.serviceCards.length === 0) return notSure();
    const reply = (text: string, mode: BotReply['mode']): BotReply => ({
      ...base,
      text: offerPerson ? `${text}\n\n${t(lang, 'offerPerson')}` : text,
      ...(answer.title ? { title: answer.title } : {}),
      passages: answer.passages.map((p) => ({ text: p.text, source: p.source })),
      sources: answer.sources,
      serviceCards: answer.serviceCards,
      confidence: probability,
      mode,
    });

    if (this.llm && answer.passages.length > 0) {
      const r = await groundedAnswer(this.llm.model, { question: input.text, language: lang, passages: groundingPassages(answer) }, { timeoutMs: this.llm.timeoutMs });
      if (r.kind === 'answer') return reply(renderAnswer(answer, lang, r.text), 'llm');
      if (r.kind === 'refusal') return notSure();
      this.options.onLlmFallback?.(r.reason);
    }
    return reply(renderAnswer(answer, lang), 'extractive');
  }

  /**
   * Services for a question whose words matched only articles (a French question against English
   * directory entries): a services-only search with the same filters, then the services in the top
   * article's category that pass the filters. Directory entries share the articles' categories.
   */
  private async servicesLike(query: string, result: SearchResult, filters: SearchFilters): Promise<SearchDoc[]> {
    const category = result.hits.find((h) => h.doc.article)?.doc.article?.category ?? null;
    if (!category) return [];
    const serviceFilters: SearchFilters = { ...filters, kinds: ['service'] };
    const searched = await search(this.content.index, query, { mode: result.mode, filters: serviceFilters, clock: this.clock, limit: 10 });
    const out = searched.hits.map((h) => h.doc).filter((doc) => doc.service?.categoryId === category);
    if (out.length < 3) {
      const accept = documentFilter(serviceFilters, { clock: this.clock })!;
      const more = this.content.index
        .documents()
        .filter((doc) => doc.service?.categoryId === category && accept(doc) && !out.includes(doc))
        .sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1));
      out.push(...more);
    }
    return out.slice(0, 3);
  }

}

export type QuestionRoute = 'not_covered' | 'not_sure' | 'needs_person' | 'answer';

/**
 * What the bot does with a searched question (shared with the evaluation harness, so it measures
 * the policy served): an uncovered topic or no hits hand off as "not sure"; so does the handoff
 * decision when retrieval is not confident; when it is confident but the decision (or a question
 * about the asker's own file outside the high band) says a person is needed, the bot hands off
 * saying so. Everything else is answered — with a person offered under the high threshold.
 */
export function questionRoute(d: Pick<Decision, 'notCovered' | 'confidence' | 'search' | 'intent'>): QuestionRoute {
  if (d.notCovered) return 'not_covered';
  const confidence = d.confidence!;
  if (!d.search?.hits.length) return 'not_sure';
  if (confidence.handOff) return confidence.answer ? 'needs_person' : 'not_sure';
  // A question about the asker's own file ("can I work while waiting for my hearing") is answered
  // only from the high band: a generic answer to a personal case misleads more than a handoff delays.
  if (d.intent.personalContext && !confidence.answer) return 'needs_person';
  return 'answer';
}

/** The passages the LLM may use: the quoted article passages (numbered in this order). */
function groundingPassages(answer: ComposedAnswer): { title: string; text: string }[] {
  return answer.passages.map((p) => ({ title: p.source.title, text: p.text }));
}
