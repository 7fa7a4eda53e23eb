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

describe('English settlement words and Ontario place names written in Gurmukhi, Persian, Arabic, Cyrillic or Chinese script', () => {
  const glossaryOnly = new QueryTranslator({ dictionaries: false });
  // Exactly these English terms: with the glossary alone, the language's own function words drop out.
  const english = (text: string, language: string) => new Set(glossaryOnly.translate(text, language)!.terms);
  const expected = (words: string) => new Set(analyze(words, 'en'));

  it('Punjabi in Gurmukhi', () => {
    expect(english('ਲੈਮਿੰਗਟਨ ਵਿੱਚ ਡੇਅਕੇਅਰ ਕਿੱਥੇ ਹੈ', 'pa')).toEqual(expected('Leamington child care daycare'));
    expect(english('ਵਿੰਡਸਰ ਵਿੱਚ ਸੈਟਲਮੈਂਟ ਵਰਕਰ ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ ਕਿਵੇਂ ਲਵਾਂ', 'pa')).toEqual(expected('Windsor settlement counselling counsellor appointment'));
    expect(english('ਮੇਰਾ ਲੈਂਡਲਾਰਡ ਡਿਪਾਜ਼ਿਟ ਵਾਪਸ ਨਹੀਂ ਕਰ ਰਿਹਾ', 'pa')).toEqual(expected('landlord deposit'));
    expect(english('ਸਾਰਨੀਆ ਵਿੱਚ ਸ਼ੈਲਟਰ ਜਾਂ ਫੂਡ ਬੈਂਕ', 'pa')).toEqual(expected('Sarnia emergency shelter food bank'));
    expect(english('ਇਮੀਗ੍ਰੇਸ਼ਨ ਨੇ ਪੀਆਰ ਕਾਰਡ ਅਜੇ ਨਹੀਂ ਭੇਜਿਆ', 'pa')).toEqual(expected('immigration permanent resident PR card'));
    expect(english('ਓਟਾਵਾ, ਲੰਡਨ, ਚੈਥਮ-ਕੈਂਟ, ਪੈਮਬਰੋਕ, ਟੋਰਾਂਟੋ, ਓਂਟਾਰੀਓ', 'pa')).toEqual(expected('Ottawa London Chatham Kent Pembroke Toronto Ontario'));
  });

  it('Persian, with the endings Persian attaches ("my landlord", "my passport")', () => {
    expect(english('کارت پی آر من کی میاد', 'fa')).toEqual(expected('permanent resident PR card'));
    expect(english('لندلردم پاسپورتمو خواسته', 'fa')).toEqual(expected('landlord passport'));
    expect(english('سوشال میگیرم، تو اتاوا شلتر هست؟', 'fa')).toEqual(expected('social assistance Ontario Works Ottawa emergency shelter'));
    expect(english('فود بانک ویندزور کجاست', 'fa')).toEqual(expected('food bank Windsor'));
    expect(english('دیکر تو لمینگتون گرونه', 'fa')).toEqual(expected('child care daycare Leamington'));
    expect(english('سارنیا، چتم کنت، پمبروک، لندن، انتاریو، تورنتو', 'fa')).toEqual(expected('Sarnia Chatham Kent Pembroke London Ontario Toronto'));
  });

  it('Arabic, with the article and prepositions joined on (ال، ب، و، عال)', () => {
    expect(english('اللاندلورد بدو يطلعني', 'ar')).toEqual(expected('landlord'));
    expect(english('كيف اطلع الهيلث كارد بوندسور', 'ar')).toEqual(expected('OHIP health card Windsor'));
    expect(english('بدي اقدم عالسوشال', 'ar')).toEqual(expected('social assistance Ontario Works'));
    expect(english('وين الشلتر بلندن', 'ar')).toEqual(expected('emergency shelter London'));
    expect(english('الفود بانك بأوتاوا', 'ar')).toEqual(expected('food bank Ottawa'));
    expect(english('ضاع الباسبور والبي ار كارد تبعي', 'ar')).toEqual(expected('passport permanent resident PR card'));
    expect(english('الديكير بليمنغتون غالي', 'ar')).toEqual(expected('child care daycare Leamington'));
    expect(english('سارنيا وتشاتام كنت وبيمبروك واونتاريو وتورنتو', 'ar')).toEqual(expected('Sarnia Chatham Kent Pembroke Ontario Toronto'));
  });

  it('Ukrainian, inflected', () => {
    expect(english('мій лендлорд не повертає депозит', 'uk')).toEqual(expected('landlord deposit'));
    expect(english('де шелтер у Віндзорі', 'uk')).toEqual(expected('emergency shelter Windsor'));
    expect(english('фудбенк в Оттаві', 'uk')).toEqual(expected('food bank Ottawa'));
    expect(english('дейкер у Лондоні чи Сарнії', 'uk')).toEqual(expected('child care daycare London Sarnia'));
    expect(english('Лемінгтон, Чатем-Кент, Пемброк, Онтаріо, Торонто', 'uk')).toEqual(expected('Leamington Chatham Kent Pembroke Ontario Toronto'));
  });

  it('Chinese place names and settlement words', () => {
    expect(english('渥太华哪里有食物银行', 'zh')).toEqual(expected('Ottawa food bank'));
    expect(english('温莎的房东', 'zh')).toEqual(expected('Windsor landlord'));
    expect(english('伦敦(安省)的家庭医生', 'zh')).toEqual(expected('London Ontario family doctor'));
    expect(english('萨尼亚、查塔姆-肯特、彭布罗克、莱明顿、多伦多', 'zh')).toEqual(expected('Sarnia Chatham Kent Pembroke Leamington Toronto'));
    expect(english('我的PR卡过期了', 'zh')).toEqual(expected('permanent resident PR card'));
    expect(english('怎么办工签', 'zh')).toEqual(expected('work permit'));
  });

  it('leaves ordinary words that look like the new entries alone', () => {
    expect(english('ਮੈਂ ਬਸ ਪਾਸ ਹੋ ਗਿਆ', 'pa').size).toBe(0); // "I just passed", not a bus pass
    expect(english('در پی آرامش هستم', 'fa').size).toBe(0); // "در پی" = in pursuit of, not PR
    expect(english('زمین لیز بود', 'fa').size).toBe(0); // لیز = slippery, not lease
    expect(english('ليس عندي', 'ar').size).toBe(0); // ليس = is not, not lease
    expect(english('отава на лузі, сарни в лісі', 'uk').size).toBe(0); // aftermath grass and roe deer, not Ottawa and Sarnia
    expect(english('السوشيال ميديا', 'ar')).toEqual(expected('social media internet')); // not social assistance
    expect(english('سوشال مدیا', 'fa')).toEqual(expected('social media internet'));
    expect(english('老板让员工签合同', 'zh')).not.toContain('permit'); // 员工签 = employee signs, not 工签
  });
});
