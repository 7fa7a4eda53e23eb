/** bot/i18n: the bot's interface strings in its eight languages, and text direction. */
export {
  UI_LANGUAGES,
  DEFAULT_LANGUAGE,
  isUiLanguage,
  direction,
  toUiLanguage,
  uiLanguageOrDefault,
  intlLocale,
  type UiLanguage,
  type TextDirection,
} from './languages.ts';
export { MESSAGE_KEYS, MESSAGE_PARAMS, type MessageKey, type ParamsOf, type PlainKey, type Catalog } from './keys.ts';
export {
  t,
  catalog,
  isMessageKey,
  languageName,
  sourceLanguageNotice,
  formatReturnTime,
  I18nError,
  CATALOGS,
} from './translate.ts';
