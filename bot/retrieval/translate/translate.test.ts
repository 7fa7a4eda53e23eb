import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from '../fusion.ts';
import { Glossary, GlossaryError, loadGlossaries } from './glossary.ts';
import { loadMuseDictionary, museFile, MuseDictionary } from './muse.ts';
import { QueryTranslator } from './translator.ts';

describe('glossaries', () => {
  it('load for the bot languages without a MUSE dictionary and match Chinese anywhere, other scripts by word', () => {
    const g = loadGlossaries();
    expect([...g.keys()]).toEqual(expect.arrayContaining(['zh', 'pa', 'fr', 'ar', 'fa', 'uk', 'es']));
    const zh = g.get('zh')!;
    expect(zh.match('怎么申请牛奶金').map((m) => m.english)).toContain('canada child benefit CCB');
    const fr = g.get('fr')!;
    // "proprio*"-style entries only match whole words: "arc" is a term, "marche" is not an ARC match.
    expect(fr.match('la marche').length).toBe(0);
  });

  it('rejects a malformed glossary with a typed error', () => {
    expect(() => Glossary.fromFile({ language: 'xx', terms: { house: '' } })).toThrow(GlossaryError);
  });
});

describe('QueryTranslator', () => {
  const glossaryOnly = new QueryTranslator({ dictionaries: false });

  it('turns a Chinese or Punjabi question into English terms with the glossary alone', () => {
    expect(glossaryOnly.translate('房东要涨租，合法吗', 'zh')!.terms).toEqual(expect.arrayContaining(['landlord', 'rent']));
    expect(glossaryOnly.translate('ਫੈਮਿਲੀ ਡਾਕਟਰ ਕਿਵੇਂ ਲੱਭਾਂ', 'pa')!.terms).toEqual(expect.arrayContaining(['famili', 'doctor']));
  });

  it('keeps English words and acronyms inside a non-English question', () => {
    expect(glossaryOnly.translate('як отримати SIN номер', 'uk')!.terms).toContain('sin');
  });

  it('does nothing for English and says when a MUSE language ran on its glossary only', () => {
    expect(glossaryOnly.translate('where is the food bank', 'en')).toBeNull();
    expect(glossaryOnly.translate('carte santé', 'fr')!.dictionary).toBe(false);
  });

  it('parses MUSE lines and looks words up by form, accent-free form and stem', () => {
    const d = MuseDictionary.parse('fr', 'santé health\nlogement housing\nlogements housing\n');
    expect(d.lookup('Sante')).toEqual(['health']);
    expect(d.lookup('logement')).toEqual(['housing']);
  });

  it.skipIf(!existsSync(museFile('uk')))('translates with the shared MUSE dictionary when it is present', () => {
    expect(loadMuseDictionary('uk')!.size).toBeGreaterThan(1000);
    expect(new QueryTranslator().translate('як відкрити рахунок в банку', 'uk')!.terms).toEqual(expect.arrayContaining(['bank', 'account']));
  });
});

describe('weighted reciprocal rank fusion', () => {
  it('lets a heavier list decide and rejects weights that do not fit the lists', () => {
    expect(reciprocalRankFusion([['a', 'b'], ['b', 'a']], 60, [1, 3])[0].id).toBe('b');
    expect(reciprocalRankFusion([['a', 'b'], ['b', 'a']], 60, [3, 1])[0].id).toBe('a');
    expect(() => reciprocalRankFusion([['a']], 60, [1, 1])).toThrow(RangeError);
  });
});
