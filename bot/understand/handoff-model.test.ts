/**
 * The learned handoff reading and the classifier under it: deterministic training, trained on the
 * calibration split only, the fitted handoff decision in step with that data, and the reading it
 * gives messages it never saw (own-file requests vs general questions).
 */
import { describe, expect, it } from 'vitest';
import { loadQuestionSet } from '../../eval/questions/index.ts';
import { ConfidenceModel } from '../confidence/model.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AUTHORED_HANDOFF_FILE, authoredHandoffExamples, defaultHandoffModel, handoffModelFingerprint, handoffTrainingMessages } from './handoff-model.ts';
import { TextClassifier } from './text-classifier.ts';

describe('the text classifier', () => {
  const examples = [
    ...['check my file please', 'can you look at my case', 'why was my claim refused, check it', 'call my landlord for me'].map((text) => ({ text, label: 1 as const })),
    ...['how do i get a health card', 'where are english classes', 'what is the child benefit', 'how to open a bank account', 'bus pass price'].map((text) => ({ text, label: 0 as const })),
  ];

  it('separates the classes it was trained on and scores a new message by its shared n-grams', () => {
    const model = TextClassifier.train(examples, { epochs: 20 });
    for (const e of examples) expect(Math.sign(model.score(e.text))).toBe(e.label ? 1 : -1);
    expect(model.score('please check my case file')).toBeGreaterThan(model.score('how do i get english classes'));
  });

  it('trains the same model from the same data and refuses one class only', () => {
    const a = TextClassifier.train(examples, { epochs: 5 });
    const b = TextClassifier.train(examples, { epochs: 5 });
    expect(a.score('my case')).toBe(b.score('my case'));
    expect(() => TextClassifier.train(examples.filter((e) => e.label === 1))).toThrow(/both classes/);
  });
});

describe('the handoff model', () => {
  it('learns from the calibration split only, crisis messages left to the crisis check', () => {
    const all = loadQuestionSet();
    const training = handoffTrainingMessages(all);
    expect(training.length).toBeGreaterThan(500);
    expect(training.every((q) => q.split === 'calibration' && q.expected !== 'crisis')).toBe(true);
    expect(training.some((q) => q.expected === 'handoff') && training.some((q) => q.expected === 'answer')).toBe(true);
  });

  it('reads the authored training-only messages and names the message when one is malformed', () => {
    const authored = authoredHandoffExamples();
    expect(authored.length).toBeGreaterThan(300);
    expect(authored.some((e) => e.label === 1) && authored.some((e) => e.label === 0)).toBe(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'handoff-authored-'));
    const file = path.join(dir, 'bad.json');
    const message = { text: 'can you check my file', language: 'en', needsPerson: true, why: 'personal_case' };
    writeFileSync(file, JSON.stringify({ about: 'test', messages: [message, { ...message, why: 'answer' }] }));
    expect(() => authoredHandoffExamples(file)).toThrow(/messages\.1: needsPerson true contradicts why "answer"/);
    writeFileSync(file, JSON.stringify({ about: 'test', messages: [message, { ...message, text: '' }] }));
    expect(() => authoredHandoffExamples(file)).toThrow(/messages\.1\.text/);
  });

  it('has its handoff decision fitted for the model it trains (run bot/confidence/fit.ts after changing its data or code)', () => {
    const model = ConfidenceModel.load();
    const fingerprint = handoffModelFingerprint(defaultHandoffModel());
    for (const mode of model.modes()) expect(model.handoffTextModelFingerprint(mode)).toBe(fingerprint);
  });

  it('trains on no authored message (handoff or crisis) that is also in the question set: it would leak into test and out-of-fold scores', () => {
    const norm = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const questionTexts = new Set(loadQuestionSet().map((q) => norm(q.text)));
    const crisis = JSON.parse(readFileSync(path.join(path.dirname(AUTHORED_HANDOFF_FILE), 'crisis-authored.json'), 'utf8')) as {
      crisis: Record<string, [string, string][]>;
      ordinary: Record<string, string[]>;
    };
    const authored = [
      ...authoredHandoffExamples().map((e) => e.text),
      ...Object.values(crisis.crisis).flatMap((items) => items.map(([text]) => text)),
      ...Object.values(crisis.ordinary).flat(),
    ];
    expect(authored.length).toBeGreaterThan(600);
    expect(authored.filter((text) => questionTexts.has(norm(text)))).toEqual([]);
  });

  it('reads requests about the asker’s own file as needing a person more than general questions', () => {
    const model = defaultHandoffModel();
    // Written for this test, in no split of the question set.
    const pairs: [string, string][] = [
      ['can you check why my GST payment did not come this month', 'what is the GST credit and who gets it'],
      ['pouvez-vous regarder mon dossier de demande de permis', 'comment demander un permis de travail ouvert'],
      ['¿me pueden llenar la solicitud de vivienda? no entiendo nada', '¿dónde busco vivienda barata en Ottawa?'],
    ];
    for (const [personal, general] of pairs) expect(model.score(personal), personal).toBeGreaterThan(model.score(general));
  });
});
