/** Why a search request was refused; `code` is stable for callers and API error frames. */
export type SearchErrorCode = 'empty_query' | 'query_too_long' | 'bad_option' | 'unknown_site' | 'unknown_status' | 'dense_unavailable';

export class SearchError extends Error {
  constructor(
    readonly code: SearchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SearchError';
  }
}
