import { describe, expect, it } from 'vitest';
import { countScripts, dominantScript } from './script.ts';

describe('dominantScript', () => {
  it('names the script of single-script messages', () => {
    expect(dominantScript('how do i get a health card')).toBe('Latin');
    expect(dominantScript('كيف احصل على بطاقة صحية')).toBe('Arabic');
    expect(dominantScript('怎么申请健康卡')).toBe('Han');
    expect(dominantScript('як отримати медичну картку')).toBe('Cyrillic');
    expect(dominantScript('ਹੈਲਥ ਕਾਰਡ ਕਿਵੇਂ ਬਣਦਾ ਹੈ')).toBe('Gurmukhi');
    expect(dominantScript('मुझे मदद चाहिए')).toBe('Devanagari');
    expect(dominantScript('건강 카드')).toBe('Hangul');
  });

  it('lets a non-Latin script win over English words borrowed into it', () => {
    expect(dominantScript('كيف احصل على SIN number')).toBe('Arabic');
    expect(dominantScript('work permit 怎么续签')).toBe('Han');
    expect(dominantScript('ਮੈਨੂੰ SIN number ਚਾਹੀਦਾ')).toBe('Gurmukhi');
    expect(dominantScript('треба продовжити work permit')).toBe('Cyrillic');
  });

  it('keeps an English message English when it quotes one foreign word', () => {
    expect(dominantScript('what does the word حلال mean on food labels')).toBe('Latin');
  });

  it('tells Japanese from Chinese by its kana', () => {
    expect(dominantScript('健康カードの申請')).toBe('Kana');
  });

  it("reports 'None' for text without letters", () => {
    expect(dominantScript('👍 123 ?!')).toBe('None');
    expect(dominantScript('')).toBe('None');
  });

  it('counts letters and combining marks, not digits or punctuation', () => {
    const counts = countScripts('ਹੈ, OK 42!');
    expect(counts.get('Gurmukhi')).toBe(2); // the letter ਹ and the vowel sign ੈ
    expect(counts.get('Latin')).toBe(2);
  });
});
