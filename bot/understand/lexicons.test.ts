import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n/languages.ts';
import { CRISIS_KINDS, LEXICON_DIR, LexiconError, compileLexicon, defaultLexicons, loadLexicons } from './lexicons.ts';

const english = JSON.parse(readFileSync(path.join(LEXICON_DIR, 'en.json'), 'utf8'));

describe('shipped lexicons', () => {
  it('cover every language the bot speaks, with greetings, thanks, requests for a person and every crisis kind', () => {
    const lexicons = defaultLexicons();
    expect(lexicons.map((l) => l.language).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const l of lexicons) {
      expect(l.greeting.length, `${l.language} greeting`).toBeGreaterThan(3);
      expect(l.thanks.length, `${l.language} thanks`).toBeGreaterThan(3);
      expect(l.askForPerson.length, `${l.language} ask_for_person`).toBeGreaterThan(5);
      expect(l.referralRequest.length, `${l.language} referral_request`).toBeGreaterThan(3);
      for (const kind of CRISIS_KINDS) expect(l.crisis[kind].length, `${l.language} crisis.${kind}`).toBeGreaterThan(3);
    }
  });
});

describe('loading lexicons', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const folderWith = (files: Record<string, string>) => {
    dir = mkdtempSync(path.join(tmpdir(), 'lexicons-'));
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
    return dir;
  };

  it('loads a valid folder', () => {
    const loaded = loadLexicons(folderWith({ 'en.json': JSON.stringify(english) }));
    expect(loaded).toHaveLength(1);
    expect(loaded[0].crisis.self_harm.some((p) => p.source === 'kill myself')).toBe(true);
  });

  it('names the file and field of a mistake', () => {
    const missing = { ...english };
    delete missing.thanks;
    expect(() => compileLexicon('en.json', missing)).toThrow(/en\.json: thanks/);
    expect(() => compileLexicon('en.json', { ...english, crisis: { ...english.crisis, medical: [] } })).toThrow(
      /crisis\.medical/,
    );
    expect(() => compileLexicon('en.json', { ...english, greeting: ['hi', '... hello'] })).toThrow(/greeting\[1\]/);
    expect(() => compileLexicon('en.json', { ...english, extra: [] })).toThrow(LexiconError);
  });

  it('rejects broken JSON, a file named for another language, and an empty folder', () => {
    expect(() => loadLexicons(folderWith({ 'en.json': '{ "language": ' }))).toThrow(/en\.json: not valid JSON/);
    rmSync(dir!, { recursive: true });
    expect(() => loadLexicons(folderWith({ 'fr.json': JSON.stringify(english) }))).toThrow(/fr\.json: says language "en"/);
    rmSync(dir!, { recursive: true });
    expect(() => loadLexicons(folderWith({}))).toThrow(/no lexicon files/);
  });
});
