import { describe, expect, it } from 'vitest';
import { compilePhrase, findAll, findAny, findPhrase, matchAt, PhraseError } from './phrases.ts';
import { normalizeWord, tokenize } from './tokens.ts';

const words = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = "Refer me to  Centre Francophone, s'il vous plaît";
    for (const t of tokenize(text)) expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.norm);
  });

  it('drops accents, case and apostrophes so typed variants meet', () => {
    expect(words("Je N'ARRIVE pas à l'école")).toEqual(['je', 'narrive', 'pas', 'a', 'lecole']);
    expect(tokenize("l'école")[0].alt).toBe('ecole');
    expect(words('ciudadanía ciudadania')).toEqual(['ciudadania', 'ciudadania']);
  });

  it('merges Arabic and Persian letter variants and drops vowel marks', () => {
    expect(normalizeWord('أريد')).toBe(normalizeWord('اريد'));
    expect(normalizeWord('مدرسة')).toBe(normalizeWord('مدرسه'));
    expect(normalizeWord('خیلی')).toBe(normalizeWord('خيلي')); // Persian vs Arabic yeh
    expect(normalizeWord('می‌خوام')).toBe(normalizeWord('میخوام')); // with and without ZWNJ
    expect(normalizeWord('شُكْرًا')).toBe(normalizeWord('شكرا'));
  });

  it('ignores optional Gurmukhi marks but keeps vowel signs', () => {
    expect(normalizeWord('ਖ਼ੁਦਕੁਸ਼ੀ')).toBe(normalizeWord('ਖੁਦਕੁਸੀ'));
    expect(normalizeWord('ਮੱਦਦ')).toBe(normalizeWord('ਮਦਦ'));
    expect(normalizeWord('ਕਿਵੇਂ')).not.toBe(normalizeWord('ਕਵ'));
  });

  it('gives an Arabic or Persian word with a joined "and" (و) a second form without it', () => {
    const [and, die] = tokenize('وبدي موت');
    expect(and.alt).toBe(normalizeWord('بدي'));
    expect(die.alt).toBeUndefined();
    expect(findAny([compilePhrase('بدي موت')], tokenize('تعبت وبدي موت'))).toBeDefined();
    // Short words starting with و are words of their own ("وين" where), not "and" + two letters.
    expect(tokenize('وين')[0].alt).toBeUndefined();
  });

  it('splits Chinese into characters and keeps embedded Latin words whole', () => {
    expect(words('OHIP管看牙吗')).toEqual(['ohip', '管', '看', '牙', '吗']);
  });
});

describe('phrases', () => {
  const at = (phrase: string, text: string) => {
    const tokens = tokenize(text);
    const m = findPhrase(compilePhrase(phrase), tokens);
    return m ? text.slice(tokens[m.start].start, tokens[m.end - 1].end) : undefined;
  };

  it('matches words in a row, anywhere in the message', () => {
    expect(at('kill myself', 'sometimes I want to KILL myself.')).toBe('KILL myself');
    expect(at('kill myself', 'kill the bugs in myself')).toBeUndefined();
  });

  it('supports prefix, suffix and contains wildcards', () => {
    expect(at('suicid*', 'I feel suicidal')).toBe('suicidal');
    expect(at('*نتحر', 'بدي انتحر')).toBe('انتحر');
    expect(at('*ecole*', "à l'écolehaha")).toBe("l'écolehaha");
  });

  it('allows up to three words in a gap', () => {
    expect(at('talk ... human', 'can I talk to a real human')).toBe('talk to a real human');
    expect(at('talk ... human', 'talk to one two three four human')).toBeUndefined();
  });

  it('captures a {name} slot', () => {
    const tokens = tokenize('لطفا منو به مرکز کوستی معرفی کنید');
    const m = findPhrase(compilePhrase('به {name} معرفی'), tokens);
    expect(m?.slot).toEqual({ start: 3, end: 5 });
    // A leading slot is as short as it can be.
    const pa = tokenize('ਮੈਨੂੰ COSTI ਕੋਲ ਰੈਫ਼ਰ ਕਰ ਦਿਓ');
    const mp = findPhrase(compilePhrase('{name} ਕੋਲ ਰੈਫ਼ਰ'), pa);
    expect(mp?.slot).toEqual({ start: 1, end: 2 });
  });

  it('matches Chinese inside a longer sentence', () => {
    expect(at('想死', '我真的想死了')).toBe('想死');
  });

  it('reports every occurrence and the earliest of several phrases', () => {
    const tokens = tokenize('thanks, thanks again');
    expect(findAll([compilePhrase('thanks')], tokens)).toHaveLength(2);
    const m = findAny([compilePhrase('again'), compilePhrase('thanks')], tokens);
    expect(m?.start).toBe(0);
    expect(matchAt(compilePhrase('thanks again'), tokens, 1)).toBe(3);
  });

  it('rejects phrases that cannot match', () => {
    expect(() => compilePhrase('...')).toThrow(PhraseError);
    expect(() => compilePhrase('... help')).toThrow(PhraseError);
    expect(() => compilePhrase('!!!')).toThrow(PhraseError);
    expect(() => compilePhrase('{name} {name} x')).toThrow(PhraseError);
  });
});
