import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../index/analyze/analyzer.ts';
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

describe('romanized Persian (Finglish) and Arabic (Arabizi)', () => {
  const glossaryOnly = new QueryTranslator({ dictionaries: false });
  // Exactly these English terms: topic words translated, function words ("chetori", "kif", "wein") dropped.
  const english = (text: string, language: string) => new Set(glossaryOnly.translate(text, language)!.terms);
  const expected = (words: string) => new Set(analyze(words, 'en'));

  it('turns Finglish questions into the English topic words', () => {
    expect(english('chetori mitunam hesab banki baz konam', 'fa')).toEqual(expected('bank account open'));
    expect(english('kart-e salamat ro koja begiram', 'fa')).toEqual(expected('OHIP health card'));
    expect(english('bime salamat chetori begiram', 'fa')).toEqual(expected('OHIP health insurance'));
    expect(english('sahabkhune mikhad ejare ro ziad kone', 'fa')).toEqual(expected('landlord rent increase'));
    expect(english('kelas zaban englisi rayegan kojast', 'fa')).toEqual(expected('language classes LINC english free'));
    expect(english('doktor khanevade baraye bacheha', 'fa')).toEqual(expected('doctor family children child'));
  });

  it('turns Arabizi with digit letters (3 ع, 7 ح, 2 ء) into the English topic words', () => {
    expect(english('kif a3mel 7sab bank', 'ar')).toEqual(expected('account bank'));
    expect(english('wein fi doctor', 'ar')).toEqual(expected('doctor'));
    expect(english('sa7eb el beit bado yzid el ajar', 'ar')).toEqual(expected('landlord increase rent'));
    expect(english('3ayez a3mel bitaqa si7iya', 'ar')).toEqual(expected('OHIP health card'));
    expect(english('shlon asajel wlady fi el madrasa', 'ar')).toEqual(expected('register enrol children child school'));
    expect(english('ezay a7awel floos li ahli', 'ar')).toEqual(expected('send money transfer family home'));
    expect(english('fi dorous inglizi majjani?', 'ar')).toEqual(expected('classes english free'));
  });

  it('leaves English typed in a Persian or Arabic conversation as it is', () => {
    // Words a romanized entry or ignore word could have swallowed ("fee", "pool", "man", "law", "min", "bus", "car").
    const sentences = [
      'Is there a fee for the bus pass or a free pool at the library',
      'My landlord wants a deposit for the apartment and the rent is too high',
      'How can a man find a family doctor, a dentist and a lawyer for his kids',
      'I have a BA and want to work for the minimum wage, is that the law',
      'Where is the food bank, can I get a car, insurance and open a bank account',
    ];
    for (const language of ['fa', 'ar']) {
      for (const s of sentences) expect(english(s, language), `${language}: ${s}`).toEqual(expected(s));
    }
  });
});
