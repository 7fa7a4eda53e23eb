import type { Queryable } from '../../knowledge/db/index.ts';
import type { Translated } from '../../knowledge/domain/types.ts';

/** The statement and action libraries' texts in every language, as the database has them now. */
export interface LibraryLabels {
  statements: Map<string, Translated>;
  actions: Map<string, Translated>;
}

export async function loadLibraryLabels(db: Queryable): Promise<LibraryLabels> {
  const [s, a] = await Promise.all([
    db.query<{ id: string; text: Translated }>('SELECT id, text FROM driving_statement'),
    db.query<{ id: string; text: Translated }>('SELECT id, text FROM action'),
  ]);
  return {
    statements: new Map(s.rows.map((r) => [r.id, r.text])),
    actions: new Map(a.rows.map((r) => [r.id, r.text])),
  };
}

/** The text in `language`, else English. */
export function inLanguage(text: Translated | undefined, language: string): string | undefined {
  return text?.[language] ?? text?.en;
}
