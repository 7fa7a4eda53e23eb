/**
 * Every interface string the bot can say, with the parameters each one takes. This list is the
 * contract: each language's catalog must define every key, use exactly these parameters, and
 * nothing else (checked by the type system and by i18n.test.ts).
 *
 * Strings are ICU MessageFormat (parsed by intl-messageformat) so plurals follow each language's
 * rules — Ukrainian and Arabic have several forms, Chinese none.
 */
export const MESSAGE_PARAMS = {
  greetingReply: [],
  thanksReply: [],
  notSure: [],
  offerPerson: [],
  handingOff: [],
  waitingForAdvisor: [],
  advisorJoined: [],
  backToBot: [],
  outOfScope: [],
  /** `languages`: a localized list of language names; use sourceLanguageNotice() to build it. */
  sourceLanguageNotice: ['languages'],
  answerIntro: [],
  sourcesLabel: [],
  /** `when`: a localized moment such as "tomorrow at 9:00 AM"; use formatReturnTime(). */
  officeHoursClosed: ['when'],
  queuePosition: ['n', 'minutes'],
  referralReceived: ['service'],
  referralReceivedGeneric: [],
  errorTryAgain: [],
  'when.todayAt': ['time'],
  'when.tomorrowAt': ['time'],
  'when.dayAt': ['day', 'time'],
  'card.address': [],
  'card.phone': [],
  'card.hours': [],
  'card.languages': [],
  'card.eligibility': [],
  'card.openNow': [],
  'card.closedNow': [],
  'card.directions': [],
  'card.call': [],
  'card.website': [],
  'card.email': [],
  'action.talkToPerson': [],
  'action.leaveMessage': [],
  'action.callBack': [],
} as const satisfies Record<string, readonly string[]>;

export type MessageKey = keyof typeof MESSAGE_PARAMS;
export const MESSAGE_KEYS = Object.keys(MESSAGE_PARAMS) as MessageKey[];

/** A parameter value: numbers are formatted by the message (plural, locale digits). */
export type ParamValue = string | number;
export type ParamsOf<K extends MessageKey> = {
  [P in (typeof MESSAGE_PARAMS)[K][number]]: ParamValue;
};
/** Keys that take no parameters, so `t(lang, key)` needs no third argument. */
export type PlainKey = { [K in MessageKey]: (typeof MESSAGE_PARAMS)[K] extends readonly [] ? K : never }[MessageKey];

/** One language's strings. */
export type Catalog = Record<MessageKey, string>;
