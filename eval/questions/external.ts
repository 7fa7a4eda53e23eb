/**
 * Government of Canada "AI Answers" test questions (cds-snc/ai-answers, MIT), read at run time
 * from ../shared/external-data. They are never copied into this repository: callers get `null`
 * when the folder is absent (as on a user's machine) and must skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CDS_QUESTIONS_DIR = path.join(process.env.WAYFINDER_EXTERNAL_DATA ?? path.resolve(REPO_ROOT, '..', 'shared', 'external-data'), 'newcomer-questions', 'cds-ai-answers');

export type ExternalSource = 'other-languages' | 'fr-departments' | 'range' | 'contact' | 'blocking' | 'personal-info';

export interface ExternalQuestion {
  source: ExternalSource;
  file: string;
  /** 1-based CSV record number, the header being record 1. */
  row: number;
  text: string;
  /** ISO 639-1 code when the file says or implies it. */
  language?: string;
  englishTranslation?: string;
  /** Government department that owns the answer (French batch). */
  department?: string;
  citationUrl?: string;
  /** The upstream verdict, verbatim: "not-gc", "pt-muni", "Block", "Do Not Block". */
  upstreamLabel?: string;
  /** Upstream category, e.g. "Obfuscation" or "SIN". */
  category?: string;
}

export class ExternalDataError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ExternalDataError';
  }
}

/** Upstream language names and ISO 639-2/3 codes → ISO 639-1. */
const LANGUAGE_CODES: Record<string, string> = {
  en: 'en', eng: 'en', fra: 'fr', fre: 'fr', ara: 'ar', spa: 'es', zho: 'zh', chi: 'zh', ben: 'bn', hat: 'ht', kor: 'ko', por: 'pt',
  german: 'de', persian: 'fa', farsi: 'fa', russian: 'ru', ukrainian: 'uk',
};

interface FileReader {
  file: string;
  source: ExternalSource;
  columns: string[];
  toQuestion: (record: Record<string, string>) => Omit<ExternalQuestion, 'source' | 'file' | 'row'>;
}

const READERS: FileReader[] = [
  {
    file: 'Other-Languages-Batch-Input-27May2026.csv',
    source: 'other-languages',
    columns: ['Original-Lang', 'QUESTION', 'EN-translation'],
    toQuestion: (r) => ({ text: r['QUESTION'], language: languageCode(r['Original-Lang']), englishTranslation: r['EN-translation'] || undefined }),
  },
  {
    file: 'fr-xdept-batch-30april2026.csv',
    source: 'fr-departments',
    columns: ['questionLanguage', 'QUESTION', 'context.department', 'orig-citation'],
    toQuestion: (r) => ({
      text: r['QUESTION'],
      language: languageCode(r['questionLanguage']),
      department: r['context.department'] || undefined,
      citationUrl: r['orig-citation'] || undefined,
    }),
  },
  {
    file: 'test-batch-range-5may2026.csv',
    source: 'range',
    columns: ['QUESTION', 'citationUrl'],
    // The citation column holds either a URL or a verdict such as "not-gc" or "pt-muni".
    toQuestion: (r) => {
      const cited = r['citationUrl'];
      return /^https?:/.test(cited) ? { text: r['QUESTION'], citationUrl: cited } : { text: r['QUESTION'], upstreamLabel: cited };
    },
  },
  {
    file: 'ISC-contactEval-9Feb-EN.csv',
    source: 'contact',
    columns: ['Problem Details', 'URL'],
    toQuestion: (r) => ({ text: r['Problem Details'], language: 'en', citationUrl: r['URL'] || undefined }),
  },
  {
    file: 'blocking-other-testset-27May2026.csv',
    source: 'blocking',
    columns: ['Type', 'Problem Details', 'Expected Action'],
    toQuestion: (r) => ({ text: r['Problem Details'], category: r['Type'] || undefined, upstreamLabel: r['Expected Action'] || undefined }),
  },
  {
    file: 'blocking-PI-testbatch-5May2026.csv',
    source: 'personal-info',
    columns: ['category', 'BLOCK', 'QUESTION'],
    toQuestion: (r) => ({ text: r['QUESTION'], category: r['category'] || undefined, upstreamLabel: r['BLOCK'] || undefined }),
  },
];

/**
 * Every question in the CDS test batches, or `null` when the folder is missing. A file that is
 * present but lacks a column it should have is an error: silently reading nothing would skew results.
 */
export function loadExternalQuestions(dir: string = CDS_QUESTIONS_DIR): ExternalQuestion[] | null {
  if (!existsSync(dir)) return null;
  const questions: ExternalQuestion[] = [];
  for (const reader of READERS) {
    const file = path.join(dir, reader.file);
    if (!existsSync(file)) continue;
    // relax_quotes: the blocking batch has bare quotes inside unquoted fields (row 43: mentions "get").
    const records = parse(readFileSync(file, 'utf8'), {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
    }) as Record<string, string>[];
    const missing = reader.columns.filter((c) => records.length > 0 && !(c in records[0]));
    if (missing.length) throw new ExternalDataError(file, `missing column(s) ${missing.join(', ')}`);
    records.forEach((record, i) => {
      const q = reader.toQuestion(record);
      if (!q.text?.trim()) return; // trailing empty rows
      questions.push({ source: reader.source, file: reader.file, row: i + 2, ...tidy({ ...q, text: withoutNumbering(q.text) }) });
    });
  }
  return questions;
}

function languageCode(value: string | undefined): string | undefined {
  return value ? LANGUAGE_CODES[value.trim().toLowerCase()] : undefined;
}

/** Several batches number their questions ("001. le crédit"), some only part-way down. */
function withoutNumbering(text: string): string {
  return text.replace(/^\s*\d{1,3}\.\s+/, '');
}

/** Trims every value (upstream cells carry stray spaces, e.g. "Don’t block ") and drops empty ones. */
function tidy<T extends object>(o: T): T {
  return Object.fromEntries(
    Object.entries(o)
      .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])
      .filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}
