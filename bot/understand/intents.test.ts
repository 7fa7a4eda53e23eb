import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyIntent, IntentInputError } from './intents.ts';
import { compileLexicon, LEXICON_DIR } from './lexicons.ts';

const load = (name: string) => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));
const crisisSet = load('crisis-messages.json') as {
  crisis: Record<string, Array<[string, string]>>;
  ordinary: Record<string, string[]>;
};
const crisisHeldOut = load('crisis-held-out.json') as { crisis: Record<string, Array<[string, string]>> };
// crisis-unseen.json is a flat list; grouped by language like the other sets.
const crisisUnseen = { crisis: {} as Record<string, Array<[string, string]>> };
for (const m of load('crisis-unseen.json').messages as Array<{ language: string; kind: string; text: string }>) {
  (crisisUnseen.crisis[m.language] ??= []).push([m.text, m.kind]);
}
// Written before the lexicons were extended for it: indirect, colloquial, romanized and code-switched
// crisis messages, and settlement questions that share crisis words (fire hazard, gun licence, ambulance bill).
const crisisReview = load('crisis-review.json') as {
  crisis: Record<string, Array<[string, string]>>;
  ordinary: Record<string, string[]>;
};
const intentSet = load('intent-messages.json') as { messages: Array<{ text: string; intent: string; name?: string }> };
const questionSets = [load('short-messages.json'), load('held-out-messages.json')] as Array<{ messages: Record<string, string[]> }>;

describe('crisis', () => {
  for (const [name, set] of [
    ['crisis-messages.json', crisisSet],
    ['crisis-held-out.json', crisisHeldOut],
    ['crisis-unseen.json', crisisUnseen],
    ['crisis-review.json', crisisReview],
  ] as const) {
    it(`catches every crisis message in ${name}, with its kind, in all eight languages`, () => {
      const missed: string[] = [];
      for (const [language, items] of Object.entries(set.crisis)) {
        for (const [text, kind] of items) {
          const r = classifyIntent(text, { language });
          if (r.intent !== 'crisis' || !r.urgent || r.crisisKind !== kind) missed.push(`${language}: ${text} → ${r.intent}/${r.crisisKind}`);
        }
      }
      expect(missed).toEqual([]);
      expect(Object.keys(set.crisis).sort()).toEqual(['ar', 'en', 'es', 'fa', 'fr', 'pa', 'uk', 'zh']);
    });
  }

  it('catches a crisis whatever language the message is said to be in', () => {
    expect(classifyIntent('I want to kill myself', { language: 'fr' }).intent).toBe('crisis');
    expect(classifyIntent('我想死', { language: 'en' }).crisisKind).toBe('self_harm');
  });

  it('keeps a negated crisis a crisis, with lower confidence', () => {
    const plain = classifyIntent('I want to kill myself');
    const negated = classifyIntent("I'm not going to kill myself");
    expect(plain).toMatchObject({ intent: 'crisis', urgent: true, crisisKind: 'self_harm', matched: 'kill myself' });
    expect(negated).toMatchObject({ intent: 'crisis', urgent: true, crisisKind: 'self_harm' });
    expect(negated.confidence).toBeLessThan(plain.confidence);
  });

  it('names the kind by the phrase that covers most of the message', () => {
    expect(classifyIntent('mon mari menace de me tuer').crisisKind).toBe('violence');
    expect(classifyIntent('je veux me tuer').crisisKind).toBe('self_harm');
  });

  it('outranks every other intent', () => {
    expect(classifyIntent('hi, my husband hits me, can I talk to someone?').intent).toBe('crisis');
  });

  it('keeps the review set broad: ten or more crisis messages per language covering all four kinds, 80+ look-alike questions', () => {
    for (const [language, items] of Object.entries(crisisReview.crisis)) {
      expect(items.length, language).toBeGreaterThanOrEqual(10);
      expect(new Set(items.map(([, kind]) => kind)).size, language).toBe(4);
    }
    expect(Object.values(crisisReview.ordinary).flat().length).toBeGreaterThanOrEqual(80);
  });

  it('does not fire on settlement questions that share crisis words (crisis-review.json)', () => {
    const fired: string[] = [];
    for (const [language, texts] of Object.entries(crisisReview.ordinary)) {
      for (const text of texts) {
        const r = classifyIntent(text, { language });
        if (r.intent === 'crisis') fired.push(`${language}: ${text} → ${r.matched}`);
      }
    }
    expect(fired).toEqual([]);
  });

  it('does not fire on ordinary settlement questions', () => {
    const fired: string[] = [];
    for (const [language, texts] of Object.entries(crisisSet.ordinary)) {
      for (const text of texts) if (classifyIntent(text, { language }).intent === 'crisis') fired.push(text);
    }
    for (const set of questionSets) {
      for (const [language, texts] of Object.entries(set.messages)) {
        for (const text of texts) if (classifyIntent(text, { language }).intent === 'crisis') fired.push(text);
      }
    }
    expect(fired).toEqual([]);
  });
});

describe('other intents', () => {
  it('classifies the labelled messages, and returns the named service of referrals', () => {
    const wrong: string[] = [];
    for (const m of intentSet.messages) {
      const r = classifyIntent(m.text);
      if (r.intent !== m.intent || (m.name !== undefined && r.matched !== m.name)) {
        wrong.push(`${m.text} → ${r.intent} ${r.matched ?? ''}`);
      }
      expect(r.urgent).toBe(false);
    }
    expect(wrong).toEqual([]);
  });

  it('treats a greeting followed by a question as a question', () => {
    expect(classifyIntent('hello, where can I get a SIN number?').intent).toBe('question');
    expect(classifyIntent('merci, et pour la carte santé?').intent).toBe('question');
  });

  it('does not hand off when the person says they do not want a person', () => {
    expect(classifyIntent("I don't want to talk to a human").intent).toBe('question');
    expect(classifyIntent('no quiero hablar con una persona').intent).toBe('question');
  });

  it('reads a referral request without a name as a referral all the same', () => {
    const r = classifyIntent('can you refer me please');
    expect(r.intent).toBe('referral_request');
    expect(r.matched).toBeUndefined();
  });

  it('understands emoji-only greetings and thanks', () => {
    expect(classifyIntent('👋').intent).toBe('greeting');
    expect(classifyIntent('🙏🙏').intent).toBe('thanks');
    expect(classifyIntent('   ')).toEqual({ intent: 'question', confidence: 0, urgent: false });
  });

  it('uses lexicons it is given', () => {
    const english = JSON.parse(readFileSync(`${LEXICON_DIR}/en.json`, 'utf8'));
    const custom = compileLexicon('en.json', { ...english, greeting: ['ahoy'] });
    expect(classifyIntent('ahoy', { lexicons: [custom] }).intent).toBe('greeting');
    expect(classifyIntent('ahoy').intent).toBe('question');
  });

  it('rejects input that is not text', () => {
    expect(() => classifyIntent(42 as unknown as string)).toThrow(IntentInputError);
  });
});
