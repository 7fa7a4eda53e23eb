/** bot/answer: extractive answers (passages, citations, service cards) in the newcomer's language. */
export type { ServiceCard, Passage, ComposedAnswer } from './types.ts';
export { serviceCard, localizedHours, NotAServiceError } from './service-card.ts';
export {
  composeAnswer,
  closestLinks,
  groupHits,
  groupKey,
  versionToShow,
  DbArticleVersions,
  IndexArticleVersions,
  FALLBACK_SOURCE_LANGUAGES,
  type ArticleVersions,
  type ComposeOptions,
} from './compose.ts';
export { renderAnswer, renderNotSure, renderCard } from './render.ts';
export { matchService, MIN_COVERAGE, type ServiceMatch } from './match-service.ts';
