import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery, baseLanguage } from './analyzer.ts';
import { normalizeArabic, stemArabic } from './arabic.ts';

describe('analyze', () => {
  it('stems English and drops stop words', () => {
    expect(analyze('How do I apply for health cards?', 'en')).toEqual(['appli', 'health', 'card']);
  });

  it('stems French with the French stemmer and folds accents', () => {
    const terms = analyze("Les hôpitaux et la carte Santé de l'Ontario", 'fr');
    expect(terms).toContain('hopital');
    expect(terms).toContain('sant');
    expect(terms).not.toContain('les');
    // Typed without accents, the same words meet.
    expect(analyze('hopitaux carte sante', 'fr')).toEqual(analyze('hôpitaux carte santé', 'fr'));
  });

  it('stems Spanish and folds accents', () => {
    expect(analyze('Los médicos de familia', 'es')).toEqual(analyze('medico familias', 'es'));
  });

  it('normalises Arabic spelling and strips the article and common suffixes', () => {
    expect(normalizeArabic('الصِّحَّةُ')).toBe('الصحه');
    expect(normalizeArabic('إلى أين')).toBe('الي اين');
    expect(stemArabic(normalizeArabic('البطاقة'))).toBe(stemArabic(normalizeArabic('بطاقة')));
    expect(stemArabic(normalizeArabic('والمدارس'))).toBe(stemArabic(normalizeArabic('مدارس')));
    // A written variant with hamza and diacritics meets the plain one.
    expect(analyze('أُسْرَة', 'ar')).toEqual(analyze('اسرة', 'ar'));
    expect(analyze('في من على', 'ar')).toEqual([]);
  });

  it('keeps Latin names inside Arabic text', () => {
    expect(analyze('بطاقة OHIP', 'ar')).toContain('ohip');
  });

  it('turns CJK runs into character unigrams and bigrams', () => {
    expect(analyze('健康卡', 'zh')).toEqual(['健', '健康', '康', '康卡', '卡']);
    expect(analyze('申请OHIP', 'zh')).toEqual(['申', '申请', '请', 'ohip']);
  });

  it('falls back to lower-casing and folding for languages without a stemmer', () => {
    expect(analyze('Kaarti Caafimaad', 'so')).toEqual(['kaarti', 'caafimaad']);
  });

  it('analyses a query in its language and in English, without duplicates', () => {
    const q = analyzeQuery('carte santé health', ['fr']);
    expect(q).toEqual(expect.arrayContaining(['cart', 'sant', 'health']));
    expect(new Set(q).size).toBe(q.length);
  });

  it('reads base languages from tags', () => {
    expect(baseLanguage('fr-CA')).toBe('fr');
    expect(baseLanguage(undefined)).toBe('en');
  });
});
