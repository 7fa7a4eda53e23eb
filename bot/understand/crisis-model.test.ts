/**
 * The learned crisis check: trained deterministically from the committed data, its threshold in
 * step with that data, and catching crisis phrasings no lexicon lists (messages written after the
 * lexicons were last edited and never used for training).
 */
import { describe, expect, it } from 'vitest';
import { CrisisModel, crisisTrainingData, defaultCrisisModel, readCrisisModelSettings, trainingDataHash } from './crisis-model.ts';
import { MAX_FALSE_ALARM_RATE } from './crisis-model-fit.ts';
import { classifyIntent } from './intents.ts';

// Crisis messages the lexicons do not catch (checked below) and the model does.
const MISSED_BY_LEXICONS: [string, string][] = [
  ['en', "my uncle keeps touching me at night and says he'll hurt my mom if i tell"],
  ['es', 'mi marido me dio una golpiza y no puedo ver de un ojo'],
  ['ar', 'امي وجهها صار مايل فجأة'],
  ['zh', '男朋友把我推下楼梯'],
  ['uk', 'я порізала собі руки і не можу зупинити кров'],
  ['fa', 'دیگه نمیخوام ادامه بدم، خسته ام از همه چی'],
];

describe('the crisis model', () => {
  it('has a threshold chosen on the data it is trained on (run crisis-model-fit.ts after changing it)', () => {
    const settings = readCrisisModelSettings();
    expect(settings.dataHash).toBe(trainingDataHash(crisisTrainingData()));
    expect(settings.crossValidation.falseAlarmRate).toBeLessThanOrEqual(MAX_FALSE_ALARM_RATE);
    // A fixed ceiling too, so raising the setting is a reviewed change of this test, not a silent one.
    expect(MAX_FALSE_ALARM_RATE).toBeLessThanOrEqual(0.015);
  });

  it('trains the same model from the same data', () => {
    const data = crisisTrainingData().filter((_, i) => i % 3 === 0);
    const a = CrisisModel.train(data, 0, { epochs: 5 });
    const b = CrisisModel.train(data, 0, { epochs: 5 });
    for (const text of ['he has a knife', 'where is the library']) expect(a.score(text)).toBe(b.score(text));
  });

  it('learns to separate crisis from ordinary messages it has seen', () => {
    const model = CrisisModel.train(
      [
        { text: 'he is hitting me', kind: 'violence' },
        { text: 'she stopped breathing', kind: 'medical' },
        { text: 'where is the library', kind: null },
        { text: 'how do i get a health card', kind: null },
      ],
      0,
    );
    expect(model.detect('he is hitting me')?.kind).toBe('violence');
    expect(model.detect('where is the library')).toBeNull();
  });

  it('refuses training data with only one class', () => {
    expect(() => CrisisModel.train([{ text: 'where is the library', kind: null }], 0)).toThrow(RangeError);
  });

  it.each(MISSED_BY_LEXICONS)('%s: catches "%s", which no lexicon phrase matches', (language, text) => {
    expect(classifyIntent(text, { language, crisisModel: null }).intent).not.toBe('crisis');
    const r = classifyIntent(text, { language });
    expect(r).toMatchObject({ intent: 'crisis', urgent: true, learned: true });
    expect(r.confidence).toBeLessThan(classifyIntent('i want to kill myself', { language: 'en' }).confidence);
  });

  it('leaves everyday questions alone', () => {
    const model = defaultCrisisModel();
    for (const text of ['how do i get a health card', 'where can i learn english for free in ottawa', 'comment inscrire mon fils a l ecole', 'كيف افتح حساب بنك']) {
      expect(model.detect(text), text).toBeNull();
    }
  });
});
