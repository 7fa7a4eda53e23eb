/** A request the recommender refuses, with the HTTP status the server answers with and why. */
export class SuggestionError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SuggestionError';
  }
}
