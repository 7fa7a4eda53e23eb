import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDS_QUESTIONS_DIR, loadExternalQuestions } from './external.ts';

describe('loadExternalQuestions', () => {
  it('returns null when the external folder is absent', () => {
    expect(loadExternalQuestions(path.join(mkdtempSync(path.join(tmpdir(), 'cds-')), 'missing'))).toBeNull();
  });

  describe.skipIf(!existsSync(CDS_QUESTIONS_DIR))('with the CDS AI Answers batches in ../shared/external-data', () => {
    const questions = loadExternalQuestions() ?? [];

    it('reads every batch, without the upstream numbering', () => {
      const sources = new Set(questions.map((q) => q.source));
      expect(sources).toEqual(new Set(['other-languages', 'fr-departments', 'range', 'contact', 'blocking', 'personal-info']));
      expect(questions.filter((q) => /^\d{1,3}\.\s/.test(q.text))).toEqual([]);
      expect(questions.every((q) => q.text.length > 0 && q.row >= 2)).toBe(true);
    });

    it('maps the multilingual batch to ISO codes and keeps the English translations', () => {
      const multilingual = questions.filter((q) => q.source === 'other-languages');
      expect(multilingual.every((q) => q.language && /^[a-z]{2}$/.test(q.language) && q.englishTranslation)).toBe(true);
      expect(new Set(multilingual.map((q) => q.language)).size).toBeGreaterThanOrEqual(10);
    });

    it('keeps the French batch’s department and cited page', () => {
      const french = questions.filter((q) => q.source === 'fr-departments');
      expect(french.every((q) => q.language === 'fr' && q.citationUrl?.startsWith('https://'))).toBe(true);
    });

    it('separates verdicts from citations in the range batch', () => {
      const range = questions.filter((q) => q.source === 'range');
      expect(range.every((q) => Boolean(q.upstreamLabel) !== Boolean(q.citationUrl))).toBe(true);
      expect(new Set(range.flatMap((q) => (q.upstreamLabel ? [q.upstreamLabel] : [])))).toEqual(new Set(['not-gc', 'pt-muni']));
    });
  });
});
